package io.jejaring.local.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jejaring.local.ApiException;
import io.jejaring.local.JejaringUp;
import io.jejaring.localinfra.StackException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code ./jejaring}: {@code up}, {@code token} and {@code signin} run and sign for the stack on this machine; the other commands act
 * on any Jejaring through its API. A new command is one class, listed in {@code subcommands} below.
 * Exit codes: 0 done, 1 the server or the network failed (the problem's detail is printed), 2 a usage error.
 */
@Command(name = "./jejaring", subcommands = {
        UpCommand.class, TokenCommand.class, SigninCommand.class,
        LogCommand.class, OverdueCommand.class, SuggestCommand.class, ReachCommand.class,
        PromisesCommand.class, PromiseCommand.class, KeptCommand.class, BrokenCommand.class,
        AddCommand.class, ImportCommand.class, CaptureCommand.class, BackupCommand.class, RestoreCommand.class,
        CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Jejaring {

    public static final String DEMO_OWNER = JejaringUp.DEMO_OWNER;
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final List<String> HELP = List.of("--help", "-h", "help");
    private static final String OVERVIEW = "overview";

    @Mixin
    HelpOption help;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final Path home;

    Jejaring(PrintWriter out, PrintWriter err, Map<String, String> environment, Path home) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.home = home;
    }

    /** Runs one command and answers its exit status: 0 done, 1 it failed, 2 it was called wrongly. */
    public static int run(String[] arguments, PrintStream out, PrintStream err, Map<String, String> environment) {
        return run(arguments, out, err, environment,
                Path.of(System.getProperty("jejaring.home", ".")).toAbsolutePath().normalize());
    }

    static int run(String[] arguments, PrintStream out, PrintStream err, Map<String, String> environment, Path home) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine commandLine = commandLine(new Jejaring(outWriter, errWriter, environment, home));
        try {
            return commandLine.execute(withDefaultCommand(arguments));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(Jejaring jejaring) {
        CommandLine commandLine = new CommandLine(jejaring).setOut(jejaring.out).setErr(jejaring.err)
                .setSeparator(" ").setUsageHelpWidth(100).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Jejaring::usageError)
                .setExecutionExceptionHandler((e, command, parsed) -> failure(e, command));
        everyCommand(commandLine).forEach(command -> {
            CommandSpec spec = command.getCommandSpec();
            spec.usageMessage().synopsisHeading("usage: ").sortOptions(false).sortSynopsis(false);
            if (spec.usageMessage().footer().length > 0) {
                spec.usageMessage().footerHeading("%nExample:%n");
            }
        });
        commandLine.getCommandSpec().usageMessage().sectionKeys(List.of(OVERVIEW))
                .sectionMap().put(OVERVIEW, help -> overview(commandLine));
        return commandLine;
    }

    /**
     * No command, or options first, means {@code up}, as before there were other commands; {@code help} among
     * {@code up}'s or {@code token}'s options asks for their help, as it always did.
     */
    static String[] withDefaultCommand(String[] arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        if (args.isEmpty() || args.get(0).startsWith("-") && !HELP.contains(args.get(0))) {
            args.add(0, "up");
        }
        if (List.of("up", "token").contains(args.get(0))) {
            args.replaceAll(argument -> argument.equals("help") ? "--help" : argument);
        }
        return args.toArray(String[]::new);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The repository the launcher runs from: its {@code .jejaring} holds the local stack's data and keys. */
    Path home() {
        return home;
    }

    private static int usageError(ParameterException e, String[] arguments) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        boolean root = command.getParent() == null;
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            err.println(root ? "unknown command " + argument : "unknown option " + argument + " for " + command.getCommandName());
        } else {
            err.println(e.getMessage());
        }
        if (root) {
            err.println("./jejaring help lists the commands.");
        } else {
            err.print("usage: " + command.getHelp().synopsis("usage: ".length()));
            err.println("./jejaring " + command.getCommandName() + " --help tells more, with an example.");
        }
        return USAGE;
    }

    private static int failure(Exception e, CommandLine command) throws Exception {
        PrintWriter err = command.getErr();
        if (e instanceof UsageError) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (e instanceof ApiException || e instanceof StackException) {
            err.println("jejaring: " + e.getMessage());
            return FAILED;
        }
        throw e;
    }

    /** The top-level help: each command's synopsis and what it does. */
    private static String overview(CommandLine root) {
        StringBuilder text = new StringBuilder("Jejaring on this machine, and any Jejaring, local or remote, from the terminal.\n\n");
        root.getSubcommands().forEach((name, command) -> {
            CommandSpec spec = command.getCommandSpec();
            if (name.equals("help")) {
                return;
            }
            text.append("usage: ").append(command.getHelp().synopsis("usage: ".length()));
            for (String line : spec.usageMessage().description()) {
                text.append("         ").append(line).append('\n');
            }
        });
        return text.append("""

                ./jejaring help, or --help after any command, shows this; ./jejaring COMMAND --help shows a command's
                options and an example. No command means up.
                The commands after token act on the local stack as its demo owner, or on the Jejaring at
                $JEJARING_URL (or --url) with the token in $JEJARING_TOKEN (or --token).
                Exit codes: 0 done, 1 the server or the network failed, 2 a usage error.
                """).toString();
    }

    private static List<CommandLine> everyCommand(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }
}
