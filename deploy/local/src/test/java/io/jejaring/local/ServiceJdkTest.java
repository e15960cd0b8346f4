package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceJdkTest {

    @TempDir
    Path dir;

    /** A fake JDK home: an executable bin/java and a release file, as every JDK since 9 has. */
    Path jdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @ParameterizedTest
    @CsvSource({"17.0.12, 17", "25, 25", "25.0.3, 25", "1.8.0_402, 8", "26-ea, 26", "garbage, 0"})
    void readsTheFeatureReleaseFromTheVersion(String version, int major) {
        assertThat(new ServiceJdk(Path.of("/x"), version).major()).isEqualTo(major);
    }

    @Test
    void aJdk25InJavaHomeIsTaken() throws IOException {
        Path home = jdk("temurin-25", "25.0.3");
        Path launcher = jdk("jdk-17", "17.0.12");

        ServiceJdk chosen = ServiceJdk.choose(Map.of("JAVA_HOME", home.toString()), List.of(), launcher);

        assertThat(chosen.home()).isEqualTo(home);
        assertThat(chosen.hasAotCache()).isTrue();
        assertThat(chosen.java()).isEqualTo(home.resolve("bin/java").toString());
    }

    @Test
    void aJdk25OnThePathIsFoundThroughItsJavaLink() throws IOException {
        Path home = jdk("temurin-25", "25.0.3");
        Path bin = Files.createDirectories(dir.resolve("usr-bin"));
        Files.createSymbolicLink(bin.resolve("java"), home.resolve("bin/java"));
        Path launcher = jdk("jdk-17", "17.0.12");

        ServiceJdk chosen = ServiceJdk.choose(
                Map.of("JAVA_HOME", launcher.toString(), "PATH", "/nowhere:" + bin), List.of(), launcher);

        assertThat(chosen.home()).isEqualTo(home.toRealPath());
    }

    @Test
    void theNewestJdkOfTheInstallFoldersIsTakenWhenJavaHomeAndPathHoldOnly17() throws IOException {
        Path launcher = jdk("jdk-17", "17.0.12");
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Files.move(jdk("temurin-25-jdk-amd64", "25.0.3"), jvms.resolve("temurin-25-jdk-amd64"));
        Files.move(jdk("jdk-26", "26.0.1"), jvms.resolve("jdk-26"));
        Files.move(jdk("java-17-openjdk-amd64", "17.0.12"), jvms.resolve("java-17-openjdk-amd64"));
        Files.createDirectories(jvms.resolve("not-a-jdk"));

        ServiceJdk chosen = ServiceJdk.choose(Map.of("JAVA_HOME", launcher.toString()), List.of(jvms), launcher);

        assertThat(chosen.home()).isEqualTo(jvms.resolve("jdk-26"));
        assertThat(chosen.major()).isEqualTo(26);
    }

    @Test
    void withNoJdk25AnywhereTheServicesRunOnTheLaunchersOwnJdkWithoutACache() throws IOException {
        Path launcher = jdk("jdk-17", "17.0.12");
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Files.move(jdk("java-21", "21.0.5"), jvms.resolve("java-21"));

        ServiceJdk chosen = ServiceJdk.choose(Map.of("PATH", ""), List.of(jvms, dir.resolve("missing")), launcher);

        assertThat(chosen.home()).isEqualTo(launcher);
        assertThat(chosen.hasAotCache()).isFalse();
    }

    @Test
    void jejaringJavaHomeNamesTheJdkOutrightEvenAnOlderOne() throws IOException {
        Path jdk17 = jdk("jdk-17", "17.0.12");
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Files.move(jdk("temurin-25", "25.0.3"), jvms.resolve("temurin-25"));

        ServiceJdk chosen = ServiceJdk.choose(Map.of(ServiceJdk.OVERRIDE, jdk17.toString()), List.of(jvms), jdk17);

        assertThat(chosen.home()).isEqualTo(jdk17);
        assertThatThrownBy(() -> ServiceJdk.choose(Map.of(ServiceJdk.OVERRIDE, dir.resolve("none").toString()),
                List.of(), jdk17)).hasMessageContaining("is not a JDK");
    }

    @Test
    void onlyAJdkThatKnowsTheNativeHeapTrimIsGivenIt() {
        assertThat(new ServiceJdk(Path.of("/x"), "25.0.3").nativeMemoryOptions())
                .containsExactly("-XX:TrimNativeHeapInterval=5000");
        assertThat(new ServiceJdk(Path.of("/x"), "17.0.8").nativeMemoryOptions()).isEmpty();
    }
}
