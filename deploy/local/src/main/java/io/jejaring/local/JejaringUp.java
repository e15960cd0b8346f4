package io.jejaring.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import io.jejaring.localinfra.StackException;
import io.jejaring.localinfra.TokenIssuer;

/**
 * The entry point behind {@code ./jejaring}: {@code up} runs the whole system until Ctrl-C,
 * {@code token} prints a token signed with the stack's key.
 */
public final class JejaringUp {

    static final String DEMO_OWNER = "demo-owner";
    static final String UP_USAGE = """
            usage: ./jejaring up [--fresh] [--demo] [--data DIR]
              Runs PostgreSQL, Kafka and the three services on this machine until Ctrl-C.
              --fresh      start from empty data
              --demo       also seed a demo network and show its overdue list and reach
              --data DIR   where the data and keys are kept (default .jejaring)""";
    static final String TOKEN_USAGE = """
            usage: ./jejaring token [--owner ID] [--admin] [--data DIR]
              Prints a token signed with the local stack's key, valid 24 h.
              --owner ID   the owner, the token's sub (default demo-owner)
              --admin      in the admin group too
              --data DIR   the data folder whose key signs it (default .jejaring)""";
    static final String SIGNIN_USAGE = """
            usage: ./jejaring signin [--owner ID] [--data DIR]
              Prints a link that signs the owner in to the web app (port 8080) once, within 10 minutes.
              --owner ID   the owner (default demo-owner)
              --data DIR   the data folder whose key signs it (default .jejaring)""";
    static final String USAGE = UP_USAGE + "\n" + TOKEN_USAGE + "\n" + SIGNIN_USAGE
            + "\n./jejaring help, or --help after any command, shows this.";
    private static final Set<String> HELP = Set.of("--help", "-h", "help");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "up", Set.of("--fresh", "--demo", "--data"),
            "token", Set.of("--owner", "--admin", "--data"),
            "signin", Set.of("--owner", "--data"));

    private JejaringUp() {
    }

    public static void main(String[] arguments) {
        int status = run(arguments, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command and answers its exit status: 0 done, 1 it failed, 2 it was called wrongly. */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        Deque<String> args = new ArrayDeque<>(List.of(arguments));
        String command = args.isEmpty() || args.peek().startsWith("-") && !HELP.contains(args.peek()) ? "up" : args.pop();
        if (HELP.contains(command)) {
            out.println(USAGE);
            return 0;
        }
        if (!OPTIONS.containsKey(command)) {
            err.println("unknown command " + command + "\n" + USAGE);
            return 2;
        }
        String usage = switch (command) {
            case "up" -> UP_USAGE;
            case "token" -> TOKEN_USAGE;
            default -> SIGNIN_USAGE;
        };
        if (args.stream().anyMatch(HELP::contains)) {
            out.println(usage);
            return 0;
        }
        Path repositoryRoot = Path.of(System.getProperty("jejaring.home", ".")).toAbsolutePath().normalize();
        Path dataDir = repositoryRoot.resolve(".jejaring");
        boolean fresh = false;
        boolean demo = false;
        boolean admin = false;
        String owner = DEMO_OWNER;
        try {
            while (!args.isEmpty()) {
                String option = args.pop();
                if (!OPTIONS.get(command).contains(option)) {
                    throw new IllegalArgumentException("unknown option " + option + " for " + command);
                }
                switch (option) {
                    case "--fresh" -> fresh = true;
                    case "--demo" -> demo = true;
                    case "--admin" -> admin = true;
                    case "--data" -> dataDir = Path.of(value(args, option)).toAbsolutePath();
                    default -> owner = value(args, option);
                }
            }
            if (command.equals("up")) {
                up(repositoryRoot, dataDir, fresh, demo);
            } else if (command.equals("signin")) {
                out.println(new LocalStack(repositoryRoot, dataDir).signInLink(owner));
            } else {
                out.println(new LocalStack(repositoryRoot, dataDir).tokens()
                        .token(owner, TokenIssuer.DEFAULT_LIFETIME, admin ? Set.of("admin") : Set.of()));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + usage);
            return 2;
        } catch (StackException e) {
            err.println("jejaring: " + e.getMessage());
            return 1;
        }
    }

    private static void up(Path repositoryRoot, Path dataDir, boolean fresh, boolean demo) {
        if (fresh) {
            LocalStack.wipe(dataDir);
        }
        LocalStack stack = new LocalStack(repositoryRoot, dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Jejaring...");
            stack.close();
            stopped.countDown();
        }, "jejaring-shutdown"));
        long started = System.nanoTime();
        System.out.println("Starting PostgreSQL, Kafka and the three services (data in " + dataDir + ")...");
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("jejaring: " + e.getMessage());
            System.exit(1);
        }
        printWelcome(stack, (System.nanoTime() - started) / 1_000_000_000.0);
        if (demo) {
            try {
                new DemoNetwork(new DemoApi(stack.tokens().token(DEMO_OWNER)), DemoNetwork.Endpoints.local(), DEMO_OWNER,
                        System.out).seedAndShow();
            } catch (RuntimeException e) {
                System.err.println("jejaring: the demo network could not be shown: " + e.getMessage());
            }
        }
        awaitQuietly(stopped);
    }

    private static void printWelcome(LocalStack stack, double seconds) {
        StringBuilder out = new StringBuilder(String.format("%nJejaring is up (%.1f s). Open it, signed in as '%s' "
                + "(the link works once, within 10 minutes; ./jejaring signin --owner ID makes another):%n%n  %s%n%n",
                seconds, DEMO_OWNER, stack.signInLink(DEMO_OWNER)));
        for (ServiceProcess process : stack.services()) {
            Service service = process.service();
            String docs = service.equals(Service.WEB) ? "" : "docs " + service.managementUrl() + "/q/swagger-ui, ";
            out.append(String.format("  %-22s %s   (%slog %s)%n", service.name(), service.baseUrl(), docs, process.log()));
        }
        out.append(String.format("  %-22s %s%n", "kafka", stack.kafka().bootstrapServers()));
        out.append(String.format("%nA token for owner '%s', valid 24 h:%n%n  export TOKEN=%s%n", DEMO_OWNER,
                stack.tokens().token(DEMO_OWNER)));
        out.append(String.format("%nTry:%n  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                + "-d '{\"displayName\":\"Ayu Lestari\",\"tier\":\"CLOSE\"}' %s/api/v1/contacts%n"
                + "  curl -s -H \"Authorization: Bearer $TOKEN\" %s/api/v1/insights/reach%n%n"
                + "More tokens: ./jejaring token --owner someone-else.  Ctrl-C stops everything.%n",
                Service.ALL.get(0).baseUrl(), Service.ALL.get(2).baseUrl()));
        System.out.print(out);
    }

    private static String value(Deque<String> args, String option) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.pop();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
