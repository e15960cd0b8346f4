package io.jejaring.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** What the command line does before it calls any service: arguments, help, completion. */
class CommandLineTest {

    /** Nothing listens here: a command that got as far as calling a service would fail with 1, not 2. */
    static final Map<String, String> NOWHERE = Map.of("JEJARING_URL", "http://127.0.0.1:9", "JEJARING_TOKEN", "t");

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path home;

    int run(Map<String, String> environment, String... arguments) {
        return Jejaring.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, home);
    }

    Jejaring jejaring() {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        return new Jejaring(nowhere, nowhere, Map.of(), home);
    }

    int run(String... arguments) {
        return run(NOWHERE, arguments);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wrongArgumentsAreUsageErrorsThatSayWhy() throws IOException {
        assertThat(run("log")).isEqualTo(2);
        assertThat(run("log", "Ayu")).isEqualTo(2);
        assertThat(err()).contains("--via");
        assertThat(run("log", "Ayu", "--via", "skydiving")).isEqualTo(2);
        assertThat(err()).contains("\"skydiving\" is not a way to meet; say one of coffee");
        assertThat(run("log", "Ayu", "--via", "coffee", "--gave", "--received")).isEqualTo(2);
        assertThat(err()).contains("mutually exclusive");
        assertThat(run("log", "Ayu", "--via", "coffee", "--at", "tomorrow")).isEqualTo(2);
        assertThat(err()).contains("\"tomorrow\" is in the future");
        assertThat(run("log", "Ayu", "--via", "coffee", "--at", "yesterdy")).isEqualTo(2);
        assertThat(run("promise", "Budi", "send the deck")).isEqualTo(2);
        assertThat(run("promise", "Budi", "send the deck", "--by", "friday 15:00")).isEqualTo(2);
        assertThat(run("kept", "the-deck")).isEqualTo(2);
        assertThat(err()).contains("\"the-deck\" is not a promise's id");
        assertThat(run("overdue", "--limit", "0")).isEqualTo(2);
        assertThat(run("overdue", "--limit", "201")).isEqualTo(2);
        assertThat(run("promises", "--status", "forgotten")).isEqualTo(2);
        assertThat(run("add", "Ayu", "--tier", "bestie")).isEqualTo(2);
        assertThat(run("import", home.resolve("missing.vcf").toString())).isEqualTo(2);
        assertThat(err()).contains("No file to read at");
        Path notes = Files.writeString(home.resolve("notes.txt"), "just some notes\n");
        assertThat(run("capture", notes.toString())).isEqualTo(2);
        assertThat(err()).contains("Cannot tell what kind of file notes.txt is: say --format, one of calendar, mbox");
        assertThat(run("import", notes.toString(), "--format", "mbox")).isEqualTo(2);
        assertThat(err()).contains("--format mbox is not one this command takes: vcard, csv");
        Path notABackup = Files.writeString(home.resolve("backup.json"), "{\"contacts\":[]}");
        assertThat(run("restore", notABackup.toString())).isEqualTo(2);
        assertThat(err()).contains("is not a file ./jejaring backup wrote");
        assertThat(run("backup", notABackup.toString())).isEqualTo(2);
        assertThat(err()).contains("exists already");
        assertThat(run("overdue", "--unknown")).isEqualTo(2);
        assertThat(err()).contains("unknown option --unknown for overdue");
    }

    @Test
    void whereItPointsMustMakeSense() {
        assertThat(run(Map.of(), "overdue", "--url", "https://jejaring.example.org")).isEqualTo(2);
        assertThat(err()).contains("needs a token: give --token TOKEN or set JEJARING_TOKEN");
        assertThat(run(Map.of(), "overdue", "--url", "jejaring.example.org", "--token", "t")).isEqualTo(2);
        assertThat(err()).contains("--url needs an http:// or https:// address");
    }

    @Test
    void withoutAUrlItIsTheLocalStackWhoseKeysMustBeThere() {
        assertThat(run(Map.of(), "overdue")).isEqualTo(1);
        assertThat(err()).contains("no local stack here (no .jejaring/keys): start one with ./jejaring up");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void aServiceThatCannotBeReachedIsAFailureNotAUsageError() {
        assertThat(run("overdue")).isEqualTo(1);
        assertThat(err()).startsWith("jejaring: cannot reach http://127.0.0.1:9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "token", "signin", "log", "overdue", "suggest", "reach", "promises", "promise", "kept", "broken",
            "add", "import", "capture", "backup", "restore", "completion"})
    void everyCommandHasHelpWithAnExample(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out()).startsWith("usage: ./jejaring " + command).contains("\nExample:\n  ").contains("./jejaring " + command);
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void theOverviewListsEveryCommandAndHowItPoints() {
        assertThat(run("help")).isZero();
        for (String command : Jejaring.commandLine(jejaring()).getSubcommands().keySet()) {
            if (!command.equals("help")) {
                assertThat(out()).contains("usage: ./jejaring " + command + " ");
            }
        }
        assertThat(out()).contains("JEJARING_URL").contains("JEJARING_TOKEN").contains("Exit codes: 0 done, 1");
    }

    @Test
    void completionIsABashScriptThatZshCanLoadForEveryCommand() {
        assertThat(run("completion")).isZero();
        assertThat(out()).contains("complete -F _complete_jejaring -o default ./jejaring")
                .contains("bashcompinit").contains("capture").contains("--they-reached-out");
    }

    @Test
    void noCommandOrOptionsFirstMeanUpAndHelpAmongUpsOptionsIsHelp() {
        assertThat(Jejaring.withDefaultCommand(new String[0])).containsExactly("up");
        assertThat(Jejaring.withDefaultCommand(new String[] {"--fresh", "--demo"})).containsExactly("up", "--fresh", "--demo");
        assertThat(Jejaring.withDefaultCommand(new String[] {"token", "help"})).containsExactly("token", "--help");
        assertThat(Jejaring.withDefaultCommand(new String[] {"log", "help", "--via", "coffee"}))
                .containsExactly("log", "help", "--via", "coffee");
        assertThat(Jejaring.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
    }

    @Test
    void theCommandsAreThoseListedOnTheRootCommandInThatOrder() {
        CommandLine commandLine = Jejaring.commandLine(jejaring());
        assertThat(commandLine.getSubcommands().keySet()).containsExactly("up", "token", "signin", "log", "overdue", "suggest", "reach",
                "promises", "promise", "kept", "broken", "add", "import", "capture", "backup", "restore", "completion", "help");
    }
}
