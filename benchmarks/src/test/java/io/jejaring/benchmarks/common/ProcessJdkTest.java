package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServiceJdkTest {

    private static Properties release(String version, String vendor) {
        Properties release = new Properties();
        release.setProperty("JAVA_VERSION", "\"" + version + "\"");
        release.setProperty("IMPLEMENTOR", "\"" + vendor + "\"");
        return release;
    }

    @Test
    void namesTheJdkFromItsReleaseFileAndTheCacheTheJvmWasGiven() {
        assertThat(ProcessJdk.describe(release("25.0.3", "Eclipse Adoptium"),
                List.of("-Xmx256m", "-XX:AOTCache=contacts-service.aot", "-jar", "quarkus-run.jar")))
                .isEqualTo("JDK 25.0.3 (Eclipse Adoptium), with an AOT cache");
        assertThat(ProcessJdk.describe(release("17.0.15", "Debian"), List.of("-jar", "quarkus-run.jar")))
                .isEqualTo("JDK 17.0.15 (Debian)");
        assertThat(ProcessJdk.describe(new Properties(), List.of())).isEqualTo("unknown JDK");
    }

    @Test
    void readsTheJdkOfARunningProcess() {
        // this test's own JVM: its release file says the version it runs
        assertThat(ProcessJdk.of(ProcessHandle.current().pid())).startsWith("JDK " + System.getProperty("java.version"));
    }
}
