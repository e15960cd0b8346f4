package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void aLocalServiceListensOnLoopbackOnly() {
        assertThat(ServiceProcess.command("contacts-service", "java", List.of(), Path.of("app.jar"), ""))
                .contains("-Dquarkus.http.host=127.0.0.1")
                .endsWith("-jar", "app.jar");
    }

    @Test
    void everyPartOfTheMemoryIsCappedAndTheCacheOptionsComeBeforeTheJar() {
        List<String> command = ServiceProcess.command("contacts-service", "/jdk/bin/java",
                List.of("-XX:AOTCache=c.aot"), Path.of("app.jar"), "-Dextra={service}");
        assertThat(command).startsWith("/jdk/bin/java")
                .contains("-Xmx192m", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
                        "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC", "-Duser.timezone=UTC")
                .containsSubsequence("-XX:AOTCache=c.aot", "-Dextra=contacts-service", "-jar", "app.jar");
    }

    @Test
    void memoryTakenForABurstIsGivenBack() {
        assertThat(ServiceProcess.command("insights-service", "java", List.of(), Path.of("app.jar"), ""))
                .contains("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");
        assertThat(ServiceProcess.NATIVE_MEMORY_ENVIRONMENT).containsEntry("MALLOC_ARENA_MAX", "2");
    }
}
