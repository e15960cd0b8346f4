package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    static final ServiceJdk JDK25 = new ServiceJdk(Path.of("/usr/lib/jvm/jdk-25"), "25.0.3");

    @TempDir
    Path dir;
    Path app;
    Path caches;

    @BeforeEach
    void aBuiltService() throws IOException {
        app = Files.createDirectories(dir.resolve("quarkus-app"));
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("quarkus-run.jar"), "runner");
        Files.writeString(app.resolve("lib/main/a.jar"), "library");
        caches = dir.resolve("aot");
    }

    @Test
    void theSameBuildOnTheSameJdkKeepsItsCache() {
        assertThat(AotCache.of(caches, "contacts-service", app, JDK25))
                .isEqualTo(AotCache.of(caches, "contacts-service", app, JDK25));
        assertThat(AotCache.of(caches, "contacts-service", app, JDK25).file().getFileName().toString())
                .matches("contacts-service-[0-9a-f]{16}\\.aot");
    }

    @Test
    void aChangedJarANewJarOrAnotherJdkNeedsANewCache() throws IOException {
        String before = AotCache.key(app, JDK25);

        Files.writeString(app.resolve("lib/main/a.jar"), "library, rebuilt");
        String changed = AotCache.key(app, JDK25);
        Files.writeString(app.resolve("lib/main/b.jar"), "another");
        String added = AotCache.key(app, JDK25);

        assertThat(changed).isNotEqualTo(before);
        assertThat(added).isNotIn(before, changed);
        assertThat(AotCache.key(app, new ServiceJdk(JDK25.home(), "25.0.4"))).isNotEqualTo(added);
    }

    @Test
    void aJarRebuiltWithTheSameBytesButANewTimeNeedsANewCacheBecauseTheJvmChecksTheTime() throws IOException {
        String before = AotCache.key(app, JDK25);
        Files.setLastModifiedTime(app.resolve("lib/main/a.jar"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(AotCache.key(app, JDK25)).isNotEqualTo(before);
    }

    @Test
    void aTrainedCacheIsTakenOnlyWhenWrittenAndReplacesTheServicesOlderCaches() throws IOException {
        Files.createDirectories(caches);
        Path older = Files.writeString(caches.resolve("contacts-service-0123456789abcdef.aot"), "old");
        Path otherService = Files.writeString(caches.resolve("insights-service-0123456789abcdef.aot"), "other");
        AotCache cache = AotCache.of(caches, "contacts-service", app, JDK25);
        assertThat(cache.useOptions()).containsExactly("-XX:AOTCache=" + cache.file());
        String output = cache.trainOptions().stream().filter(option -> option.startsWith("-XX:AOTCacheOutput="))
                .findFirst().orElseThrow();
        Path training = Path.of(output.substring("-XX:AOTCacheOutput=".length()));

        assertThat(cache.adoptTraining()).as("nothing written yet").isFalse();
        Files.writeString(training, "");
        assertThat(cache.adoptTraining()).as("an empty file is no cache").isFalse();
        assertThat(cache.exists()).isFalse();
        assertThat(older).exists();

        Files.writeString(training, "cache");
        assertThat(cache.adoptTraining()).isTrue();
        assertThat(cache.exists()).isTrue();
        assertThat(training).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(otherService).exists();
    }

    @Test
    void aTrainingRunHasRoomForACacheLargerThanTheServicesClassSpace() {
        AotCache cache = AotCache.of(caches, "interactions-service", app, JDK25);
        List<String> command = ServiceProcess.command("interactions-service", "java", cache.trainOptions(),
                Path.of("quarkus-run.jar"), "");
        // the JVM takes the last of a repeated option
        assertThat(command.stream().filter(option -> option.startsWith("-XX:MaxMetaspaceSize=")).reduce((a, b) -> b))
                .contains("-XX:MaxMetaspaceSize=256m");
        assertThat(ServiceProcess.command("interactions-service", "java", cache.useOptions(), Path.of("quarkus-run.jar"), ""))
                .contains("-XX:MaxMetaspaceSize=160m").doesNotContain("-XX:MaxMetaspaceSize=256m");
    }
}
