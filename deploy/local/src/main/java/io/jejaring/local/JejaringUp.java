package io.jejaring.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.jejaring.local.cli.Jejaring;

/**
 * The entry point behind {@code ./jejaring}: the command line is {@link Jejaring}'s; {@code up}, which runs the whole
 * system until Ctrl-C, is here.
 */
public final class JejaringUp {

    public static final String DEMO_OWNER = "demo-owner";

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
        return Jejaring.run(arguments, out, err, System.getenv());
    }

    public static void up(Path repositoryRoot, Path dataDir, boolean fresh, boolean demo) {
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
        System.out.println("Starting PostgreSQL, Kafka, the three services and the web app (data in " + dataDir + ")...");
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("jejaring: " + e.getMessage());
            System.exit(1);
        }
        printWelcome(stack, (System.nanoTime() - started) / 1_000_000_000.0);
        if (demo) {
            try {
                new DemoNetwork(new JsonApi(stack.tokens().token(DEMO_OWNER)), Endpoints.local(), DEMO_OWNER,
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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
