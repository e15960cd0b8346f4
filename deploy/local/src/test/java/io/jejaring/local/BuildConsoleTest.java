package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The build's console output, read through a pipe as CI and {@code ./jejaring} read it, carries no colour codes:
 * the scripts source {@code .mvn/plain-when-piped.sh} before running Maven, and {@code .mvn/jvm.config} applies
 * to every Maven run from the repository.
 */
class BuildConsoleTest {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void theLaunchersBatchBuildWritesNoEscapeCodesIntoAPipe() throws Exception {
        assertThat(mavenOutput("mvn -B -q -N validate")).doesNotContain("\u001b");
    }

    @Test
    void theCiBuildWritesNoEscapeCodesIntoAPipe() throws Exception {
        String output = mavenOutput("mvn -N validate");
        assertThat(output).contains("BUILD SUCCESS").doesNotContain("\u001b");
    }

    /** Runs a Maven command from the repository root the way the scripts do, its output going into a pipe. */
    private static String mavenOutput(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". .mvn/plain-when-piped.sh && " + command)
                .directory(REPOSITORY.toFile()).redirectErrorStream(true);
        builder.environment().remove("MAVEN_OPTS"); // the script alone decides, not the build running this test
        Process maven = builder.start();
        maven.getOutputStream().close();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(maven.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(maven.exitValue()).as(output).isZero();
        return output;
    }
}
