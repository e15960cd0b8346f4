package io.jejaring.benchmarks.reads;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.InsightsSeeder;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.ProcessJdk;
import io.jejaring.benchmarks.common.ProfileRecordings;
import io.jejaring.benchmarks.common.SuiteMain;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;
import io.jejaring.local.ServiceProcess;

/**
 * Read latency of insights-service's {@code GET /overdue}, {@code /reach} and {@code /suggestions} for one owner with
 * 1k, 10k and 100k contacts, and each service's startup time to ready and RSS after the reads. Run by
 * {@code benchmarks/run reads}, and by {@code benchmarks/run} as a section of {@code benchmarks/REPORT.md}.
 */
public final class ReadLatencyBenchmark {

    static final String INSIGHTS = "insights-service";
    static final List<String> ENDPOINTS = List.of("overdue", "reach", "suggestions");
    /** Each endpoint's p99 at most this, for an owner with {@link #TARGET_SIZE} contacts and one client. */
    static final double TARGET_P99_MS = 20;
    static final int TARGET_SIZE = 100_000;
    static final double TARGET_STARTUP_S = 1.0;
    /** `./jejaring up`: PostgreSQL, Kafka and the three services, all ready within this many seconds. */
    static final double TARGET_UP_S = 5.0;
    static final double TARGET_RSS_MB = 250;
    /** A measurement stops after this long even if not every request was sent, so a slow endpoint can't stall the run. */
    static final Duration MEASUREMENT_CAP = Duration.ofSeconds(90);
    private static final Duration STARTUP_POLL = Duration.ofMillis(20);

    private ReadLatencyBenchmark() {
    }

    /** With {@code --profile}: the reads' recordings, then each service's start alone, each kept apart. */
    private static final ProfileRecordings RECORDINGS = ProfileRecordings.ofThisRun();

    public static void main(String[] arguments) {
        SuiteMain.run(arguments, ReadOptions::parse, ReadOptions::help, ReadOptions.USAGE, options -> run(options,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()));
    }

    /**
     * One service's startup and memory: {@code together}, started with the other two as {@code LocalStack} does;
     * {@code alone}, started again by itself once the reads were done. Null when not measured.
     */
    record Footprint(String service, Duration together, Duration alone, long rssKb, long peakRssKb) {
    }

    /**
     * The stack's start, as {@code ./jejaring up} makes it: from the start of PostgreSQL, Kafka and the three
     * services ({@code whole}) or of the first service's process ({@code services}) until all three answered ready;
     * null when a service was not seen ready. {@code serviceJdk}: the JDK the service JVMs ran on.
     */
    record StackStart(Duration whole, Duration services, String serviceJdk) {

        static StackStart of(Instant stackStartedAt, java.util.Collection<StartupWatch> watches, String serviceJdk) {
            Instant firstStarted = null;
            Instant lastReady = null;
            for (StartupWatch watch : watches) {
                if (watch.startedAt == null || watch.readyAt == null) {
                    return new StackStart(null, null, serviceJdk);
                }
                firstStarted = firstStarted == null || watch.startedAt.isBefore(firstStarted) ? watch.startedAt : firstStarted;
                lastReady = lastReady == null || watch.readyAt.isAfter(lastReady) ? watch.readyAt : lastReady;
            }
            if (lastReady == null) {
                return new StackStart(null, null, serviceJdk);
            }
            return new StackStart(stackStartedAt == null ? null : Duration.between(stackStartedAt, lastReady),
                    Duration.between(firstStarted, lastReady), serviceJdk);
        }
    }

    /** One endpoint at one size and concurrency. */
    record Measurement(int size, String endpoint, int concurrency, long[] latencies, long errors,
            Map<String, Long> errorKinds, Duration wall, boolean capped, CpuAccounting.Usage cpu) {

        Latencies.Summary latency() {
            return Latencies.summarize(latencies);
        }

        double throughput() {
            return latencies.length / (wall.toNanos() / 1e9);
        }
    }

    /** What one size's seeding took. */
    record Seeding(int size, InsightsSeeder.Seeded seeded) {
    }

    private static void run(ReadOptions options, HttpClient http) throws Exception {
        try (SuiteStack suite = new SuiteStack("stack-reads")) {
            LocalStack stack = suite.stack();
            Map<String, StartupWatch> watches = new LinkedHashMap<>();
            for (Service service : Service.ALL) {
                watches.put(service.name(), StartupWatch.start(stack, service));
            }
            suite.startWhenPortsFree(options.portWait());
            Map<String, Duration> startups = new LinkedHashMap<>();
            watches.forEach((name, watch) -> startups.put(name, watch.await(Duration.ofSeconds(5))));
            startups.forEach((name, startup) -> System.out.printf(Locale.ROOT, "  %s ready %s s after its process started%n",
                    name, startup == null ? "?" : String.format(Locale.ROOT, "%.2f", startup.toMillis() / 1000.0)));
            StackStart stackStart = StackStart.of(suite.stackStartedAt(), watches.values(),
                    stack.services().stream().map(process -> ProcessJdk.of(process.pid())).distinct()
                            .collect(java.util.stream.Collectors.joining(" / ")));
            System.out.println("  services on " + stackStart.serviceJdk());

            CpuAccounting cpu = suite.cpuAccounting(INSIGHTS);
            String insightsUrl = SuiteStack.service(INSIGHTS).baseUrl();
            List<Seeding> seedings = new ArrayList<>();
            List<Measurement> measurements = new ArrayList<>();
            try (InsightsSeeder seeder = new InsightsSeeder(stack.kafka().bootstrapServers(), http, insightsUrl)) {
                int index = 0;
                for (int size : options.sizes()) {
                    index++;
                    String owner = String.format(Locale.ROOT, "bench-reader-%d-%d", index, size);
                    String token = stack.tokens().token(owner);
                    System.out.printf(Locale.ROOT, "Seeding %,d contacts for %s through Kafka...%n", size, owner);
                    InsightsSeeder.Seeded seeded = seeder.seed(owner, token, size, 42L + index, options.seedTimeout());
                    System.out.printf(Locale.ROOT, "  %d contacts and %d interactions published in %.1f s, all taken in after %.1f s%n",
                            seeded.contacts(), seeded.interactions(), seeded.published().toMillis() / 1000.0,
                            seeded.takenIn().toMillis() / 1000.0);
                    seedings.add(new Seeding(size, seeded));
                    for (int concurrency : options.concurrencies()) {
                        for (String endpoint : ENDPOINTS) {
                            Measurement measurement = measure(http, insightsUrl, token, size, endpoint, concurrency,
                                    options, cpu);
                            Latencies.Summary latency = measurement.latency();
                            System.out.printf(Locale.ROOT, "  %,7d contacts, %-11s x%d: p50 %s ms, p99 %s ms, max %s ms, %.0f/s, %d errors%s%n",
                                    size, endpoint, concurrency, Markdown.ms(latency.p50()), Markdown.ms(latency.p99()),
                                    Markdown.ms(latency.max()), measurement.throughput(), measurement.errors(),
                                    measurement.capped() ? " (stopped at the time cap)" : "");
                            measurements.add(measurement);
                        }
                    }
                }
            }

            List<Footprint> footprints = new ArrayList<>();
            for (ServiceProcess process : stack.services()) {
                String name = process.service().name();
                long[] rss = rssKb(process.pid());
                System.out.printf(Locale.ROOT, "  %s RSS %.0f MB (peak %.0f MB)%n", name, rss[0] / 1024.0, rss[1] / 1024.0);
                Duration alone = startAlone(stack, process.service());
                System.out.printf(Locale.ROOT, "  %s started alone: ready %s s after its process started%n", name,
                        alone == null ? "?" : String.format(Locale.ROOT, "%.2f", alone.toMillis() / 1000.0));
                footprints.add(new Footprint(name, startups.get(name), alone, rss[0], rss[1]));
            }

            suite.write(options.report(), ReadReport.render(new ReadReport.Run(options, suite.facts("benchmarks/run reads"),
                    stackStart, footprints, seedings, measurements)));
        }
        // the stack has stopped: what each service recorded since it started alone is its start-up
        Service.ALL.forEach(service -> RECORDINGS.keep(service.name(), "startup"));
    }

    /** Stops the service, starts it again while the others run, and answers its time from start to ready. */
    static Duration startAlone(LocalStack stack, Service service) {
        stack.stop(service, false);
        RECORDINGS.keep(service.name(), "reads");
        StartupWatch watch = StartupWatch.start(stack, service);
        stack.start(service);
        return watch.await(Duration.ofSeconds(5));
    }

    /** A closed loop of {@code concurrency} clients: warm-up requests, then the measured ones, all recorded. */
    static Measurement measure(HttpClient http, String baseUrl, String token, int size, String endpoint,
            int concurrency, ReadOptions options, CpuAccounting cpu) throws InterruptedException {
        return measure(http, URI.create(baseUrl + "/api/v1/insights/" + endpoint), token, size, endpoint, concurrency,
                options.warmUpRequests(), options.requests(), cpu);
    }

    /** {@code GET uri} in a closed loop of {@code concurrency} clients, {@code label} naming it in the report. */
    static Measurement measure(HttpClient http, URI uri, String token, int size, String label, int concurrency,
            int warmUpRequests, int requests, CpuAccounting cpu) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
        Map<String, Long> errorKinds = new ConcurrentHashMap<>();
        run(http, request, concurrency, warmUpRequests, null, new ConcurrentHashMap<>(), Long.MAX_VALUE);
        Latencies.Recorder[] recorders = new Latencies.Recorder[concurrency];
        CpuAccounting.Snapshot before = cpu.snapshot();
        long started = System.nanoTime();
        long deadline = started + MEASUREMENT_CAP.toNanos();
        boolean capped = run(http, request, concurrency, requests, recorders, errorKinds, deadline);
        long wall = System.nanoTime() - started;
        CpuAccounting.Usage usage = CpuAccounting.Usage.between(before, cpu.snapshot());
        long[] latencies = new long[0];
        for (Latencies.Recorder recorder : recorders) {
            latencies = Latencies.concat(latencies, recorder.toArray());
        }
        long errors = errorKinds.values().stream().mapToLong(Long::longValue).sum();
        return new Measurement(size, label, concurrency, latencies, errors, Map.copyOf(errorKinds),
                Duration.ofNanos(wall), capped, usage);
    }

    /** Sends {@code total} requests over {@code concurrency} clients; answers whether the deadline cut it short. */
    private static boolean run(HttpClient http, HttpRequest request, int concurrency, int total,
            Latencies.Recorder[] recorders, Map<String, Long> errorKinds, long deadline) throws InterruptedException {
        AtomicLong left = new AtomicLong(total);
        AtomicBoolean capped = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            Latencies.Recorder recorder = new Latencies.Recorder();
            if (recorders != null) {
                recorders[i] = recorder;
            }
            Thread thread = new Thread(() -> {
                try {
                    while (left.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        if (sent >= deadline) {
                            capped.set(true);
                            return;
                        }
                        String error = null;
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                error = "HTTP " + response.statusCode();
                            }
                        } catch (IOException e) {
                            error = e.getClass().getSimpleName();
                        }
                        long completed = System.nanoTime();
                        if (error == null) {
                            recorder.add(completed - sent);
                        } else {
                            errorKinds.merge(error, 1L, Long::sum);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "reader-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        return capped.get();
    }

    /** VmRSS and VmHWM of a process, in kB; -1 each when unknown. */
    static long[] rssKb(long pid) {
        long rss = -1;
        long peak = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc here: unknown
        }
        return new long[] {rss, peak};
    }

    /**
     * Polls one service's {@code /q/health/ready} from the moment its process exists (so never another run's
     * service: the stack starts only once the ports are free) and notes the first 200, as a time from the process's
     * start.
     */
    static final class StartupWatch {

        private final CountDownLatch ready = new CountDownLatch(1);
        private volatile Duration startup;
        private volatile Instant startedAt;
        private volatile Instant readyAt;

        static StartupWatch start(LocalStack stack, Service service) {
            StartupWatch watch = new StartupWatch();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            Thread thread = new Thread(() -> {
                long giveUp = System.nanoTime() + Duration.ofMinutes(15).toNanos();
                try {
                    ServiceProcess process = null;
                    while (process == null && System.nanoTime() < giveUp) {
                        try {
                            process = stack.services().stream().filter(p -> p.service().equals(service)).findFirst()
                                    .orElse(null);
                        } catch (RuntimeException e) {
                            // the stack is adding a service right now
                        }
                        if (process == null) {
                            Thread.sleep(STARTUP_POLL.toMillis());
                        }
                    }
                    if (process == null) {
                        return;
                    }
                    Optional<Instant> startedAt = ProcessHandle.of(process.pid())
                            .flatMap(handle -> handle.info().startInstant());
                    while (System.nanoTime() < giveUp) {
                        try {
                            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                                Instant readyAt = Instant.now();
                                watch.startedAt = startedAt.orElse(null);
                                watch.readyAt = readyAt;
                                watch.startup = startedAt.map(start -> Duration.between(start, readyAt)).orElse(null);
                                return;
                            }
                        } catch (IOException e) {
                            // not listening yet
                        }
                        Thread.sleep(STARTUP_POLL.toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    watch.ready.countDown();
                }
            }, "startup-watch-" + service.name());
            thread.setDaemon(true);
            thread.start();
            return watch;
        }

        /** The startup time, or null if it wasn't seen within {@code timeout} from now. */
        Duration await(Duration timeout) {
            try {
                ready.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return startup;
        }
    }
}
