package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;
import io.jejaring.local.ServiceProcess;
import io.jejaring.localinfra.Ports;
import io.jejaring.localinfra.StackException;

/**
 * One suite's own local stack, in a data folder wiped first, stopped however the suite ends (a shutdown hook
 * too), with what every suite's report says of how it ran: the machine, its load, the command and the revision.
 */
public final class SuiteStack implements AutoCloseable {

    private static final Duration PORT_POLL = Duration.ofSeconds(5);

    private final Path root = Path.of(System.getProperty("jejaring.home", ".")).toAbsolutePath().normalize();
    private final Path dataDir;
    private final LocalStack stack;
    private final Machine machine = Machine.current();
    private final String loadBefore = Machine.loadAverage();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Instant stackStartedAt;

    /** {@code folder}: the data folder's name under {@code benchmarks/target}. Does not start the stack. */
    public SuiteStack(String folder) {
        dataDir = root.resolve("benchmarks/target").resolve(folder);
        System.out.println("Machine: " + machine.describe() + "; load average " + loadBefore);
        LocalStack.wipe(dataDir);
        stack = new LocalStack(root, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "benchmark-shutdown"));
    }

    /** The stack's service of that name. */
    public static Service service(String name) {
        return Service.ALL.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no service " + name));
    }

    /**
     * Starts the stack, first waiting (up to {@code patience}) while another run holds its ports. Two runs started
     * at once can both find the ports free: the one whose broker or service then fails to bind has lost the race, and
     * it stops what it started and throws {@link LostPortRace}, which ends the suite with a status of its own
     * ({@link SuiteMain#LOST_PORT_RACE}) so that {@code benchmarks/run} starts it again and it waits its turn.
     */
    public void startWhenPortsFree(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            boolean busy = Ports.isBusy(LocalStack.KAFKA_PORT)
                    || Service.ALL.stream().flatMap(service -> service.ports().stream()).anyMatch(Ports::isBusy);
            if (!busy) {
                try {
                    System.out.println("Starting PostgreSQL, Kafka and the three services...");
                    long started = System.nanoTime();
                    stackStartedAt = Instant.now();
                    stack.start();
                    System.out.printf(Locale.ROOT, "  up in %.1f s%n", (System.nanoTime() - started) / 1e9);
                    return;
                } catch (RuntimeException e) {
                    if (!lostPortRace(e)) {
                        throw e;
                    }
                    // a broker that failed to bind leaves threads behind in this JVM that go on writing its data:
                    // only a fresh JVM on fresh data can try again, so benchmarks/run starts the suite anew
                    close();
                    throw new LostPortRace("another run took the ports while this one started (" + rootMessage(e)
                            + ")");
                }
            } else if (System.nanoTime() > deadline) {
                stack.start(); // fails, naming the busy ports
            }
            if (!told) {
                System.out.println("Ports 8081-8083 or 9092 are busy (another Jejaring running?): waiting up to "
                        + patience.toSeconds() + " s for them...");
                told = true;
            }
            Thread.sleep(PORT_POLL.toMillis());
        }
    }

    /**
     * Whether starting the stack failed because another process took one of its fixed ports after the check: the
     * stack's own "already in use", or a bind error anywhere in the causes (the broker's is a plain exception).
     */
    static boolean lostPortRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof BindException || message.contains("already in use")
                    || message.contains("failed to bind")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Starting the stack lost the race for its fixed ports to another run. */
    public static final class LostPortRace extends RuntimeException {

        LostPortRace(String message) {
            super(message);
        }
    }

    /** When this suite's (last) attempt to start the stack began: where {@code ./jejaring up}'s time starts. */
    public Instant stackStartedAt() {
        return stackStartedAt;
    }

    /** The repository's root, where the services and their sources are. */
    public Path root() {
        return root;
    }

    public LocalStack stack() {
        return stack;
    }

    Path dataDir() {
        return dataDir;
    }

    Machine machine() {
        return machine;
    }

    /**
     * Where the CPU goes while {@code serviceUnderTest} is measured: that service, the other two together,
     * PostgreSQL (its whole process tree, backends that exited included), and the benchmark's JVM, which holds the
     * Kafka broker and the load generator (not its descendants: those are the services, counted already).
     */
    public CpuAccounting cpuAccounting(String serviceUnderTest) {
        return cpuAccounting(serviceUnderTest, false);
    }

    /**
     * As {@link #cpuAccounting(String)}, each of the other two services in a group of its own when
     * {@code eachService}: what the capacity model needs to cost each service's share of a write.
     */
    public CpuAccounting cpuAccounting(String serviceUnderTest, boolean eachService) {
        Optional<Long> postmaster = CpuAccounting.postmasterOf(dataDir.resolve("postgres"));
        if (postmaster.isEmpty()) {
            System.out.println("  (PostgreSQL's process not found: its CPU counts as other processes)");
        }
        List<String> others = Service.ALL.stream().map(Service::name).filter(name -> !name.equals(serviceUnderTest))
                .toList();
        CpuAccounting accounting = new CpuAccounting().group(serviceUnderTest, () -> pids(List.of(serviceUnderTest)), true);
        if (eachService) {
            others.forEach(other -> accounting.group(other, () -> pids(List.of(other)), true));
        } else {
            accounting.group(others.stream().map(name -> name.replace("-service", "")).collect(Collectors.joining(" + ")),
                    () -> pids(others), true);
        }
        return accounting
                .group("PostgreSQL", () -> postmaster.map(List::of).orElse(List.of()), true)
                .group("benchmark JVM", () -> List.of(ProcessHandle.current().pid()), false);
    }

    private List<Long> pids(List<String> names) {
        return stack.services().stream().filter(process -> names.contains(process.service().name()))
                .map(ServiceProcess::pid).toList();
    }

    /** The facts of this run for its report, taken now: at its end. */
    public RunFacts facts(String defaultCommand) {
        return new RunFacts(System.getProperty("bench.command", defaultCommand),
                System.getProperty("bench.revision", "unknown"), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                machine, loadBefore, Machine.loadAverage(),
                ServiceLogs.problems(dataDir.resolve("logs"), Service.ALL.stream().map(Service::name).toList()));
    }

    /** Writes a report to {@code file}, relative to the repository root. */
    public void write(String file, String markdown) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, markdown);
        System.out.println("Report: " + file);
    }

    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            System.out.println("Stopping the stack...");
            stack.close();
        }
    }

    /** What every suite's report says of how it ran. */
    public record RunFacts(String command, String revision, String date, Machine machine, String loadBefore, String loadAfter,
            Map<String, Map<String, Long>> serviceProblems) {

        /** The services' warnings, then the first lines of "How it was run": date, command, revision, machine, load. */
        public void appendTo(StringBuilder md) {
            md.append("### Warnings and errors the services logged during the run\n\n");
            md.append(Markdown.problems(serviceProblems)).append('\n');
            md.append("### How it was run\n\n");
            md.append("- **Date:** ").append(date).append('\n');
            md.append("- **Command,** from the repository root: `").append(command).append("`\n");
            md.append("- **Revision:** ").append(revision).append('\n');
            md.append("- **Machine:** ").append(machine.describe()).append('\n');
            md.append("- **Load average** (1, 5, 15 min): ").append(loadBefore).append(" before the stack started; ")
                    .append(loadAfter).append(" at the end.\n");
        }
    }
}
