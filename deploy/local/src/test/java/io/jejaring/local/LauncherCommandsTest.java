package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jejaring.localinfra.TokenIssuer;

class LauncherCommandsTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... arguments) {
        return JejaringUp.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpOnItsOwnDescribesEveryCommand(String help) {
        assertThat(run(help)).isZero();
        assertThat(out()).contains("usage: ./jejaring up").contains("usage: ./jejaring token");
    }

    @Test
    void helpAfterACommandDescribesThatCommandAndRunsNothing(@TempDir Path data) {
        assertThat(run("token", "--help", "--data", data.toString())).isZero();
        assertThat(out()).contains("usage: ./jejaring token").contains("--owner ID").doesNotContain("eyJ");
        assertThat(data).isEmptyDirectory();

        out.reset();
        assertThat(run("up", "--demo", "-h")).isZero();
        assertThat(out()).contains("usage: ./jejaring up").contains("--fresh").doesNotContain("./jejaring token");
    }

    @Test
    void tokenPrintsATokenSignedWithTheDataFoldersKey(@TempDir Path data) {
        assertThat(run("token", "--owner", "someone", "--data", data.toString())).isZero();
        assertThat(out().strip()).startsWith("eyJ");
    }

    @Test
    void signinPrintsAOneTimeLinkToTheWebAppWhoseCodeNamesTheOwnerAndNoService(@TempDir Path data) throws Exception {
        assertThat(run("signin", "--owner", "someone", "--data", data.toString())).isZero();
        String link = out().strip();
        assertThat(link).startsWith(Service.WEB.baseUrl() + "/signin?code=");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(link.split("code=")[1].split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"someone\"").contains("\"iss\":\"" + TokenIssuer.SIGN_IN_ISSUER + "\"")
                .contains("\"jti\"").doesNotContain("\"iss\":\"" + TokenIssuer.ISSUER + "\"");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThat(run("down")).isEqualTo(2);
        assertThat(run("token", "--fresh")).isEqualTo(2);
        assertThat(run("up", "--owner", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command down").contains("unknown option --fresh for token");
    }
}
