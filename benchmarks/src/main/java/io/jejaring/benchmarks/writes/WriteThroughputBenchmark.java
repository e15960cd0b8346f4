package io.jejaring.benchmarks.writes;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.MeasuredCosts;
import io.jejaring.benchmarks.common.Owner;
import io.jejaring.benchmarks.common.ServiceApi;
import io.jejaring.benchmarks.common.SuiteMain;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;

/**
 * Write throughput of each {@link Endpoint}, {@code POST /api/v1/contacts} and {@code POST /api/v1/interactions}
 * (the entity and its outbox row in one transaction), against raw JDBC doing the same writes, at the same
 * concurrency, side by side in one run on one PostgreSQL. Run by {@code benchmarks/run}; writes
 * a section of {@code benchmarks/REPORT.md} (when {@code benchmarks/run} runs every suite).
 */
public final class WriteThroughputBenchmark {

    private static final Duration CONTACTS_KNOWN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);

    private WriteThroughputBenchmark() {
    }

    public static void main(String[] arguments) {
        // the HttpClient first, before anything makes one: the connection pool size is read once per JVM
        SuiteMain.run(arguments, Options::parse, Options::help, Options.USAGE,
                options -> run(options, ApiWrites.client(options.concurrency())));
    }

    private static void run(Options options, HttpClient http) throws Exception {
        try (SuiteStack suite = new SuiteStack("stack")) {
            LocalStack stack = suite.stack();
            suite.startWhenPortsFree(options.portWait());
            Measured measured = measure(options, http, suite);
            Report.Run report = new Report.Run(options, suite.facts("benchmarks/run writes"), measured.postgresVersion(),
                    org.postgresql.util.DriverInfo.DRIVER_VERSION, measured.phases());
            suite.write(options.report(), Report.render(report));
            MeasuredCosts.write(suite.root().resolve(options.report()),
                    Report.costs(measured.phases(), measured.growthBytes()));
            for (Endpoint endpoint : Endpoint.values()) {
                List<Report.Phase> phases = Report.of(endpoint, measured.phases());
                System.out.printf(Locale.ROOT, "%n%s: API %.0f/s, raw JDBC %.0f/s: ratio %.2f (target >= %.2f).%n",
                        endpoint.request(), Report.throughput(phases, Report.API), Report.throughput(phases, Report.RAW),
                        Report.ratio(phases), Report.TARGET_RATIO);
                System.out.printf(Locale.ROOT, "  CPU per write: API %.2f ms, raw JDBC %.2f ms: ratio %.2f (target <= %.0f).%n",
                        Report.cpuMsPerWrite(phases, Report.API), Report.cpuMsPerWrite(phases, Report.RAW),
                        Report.cpuRatio(phases), Report.TARGET_CPU_RATIO);
                for (String side : List.of(Report.RAW, Report.API)) {
                    Latencies.Summary latency = Report.latency(phases, side);
                    System.out.printf(Locale.ROOT, "  %-9s p50 %s ms, p99 %s ms, max %s ms, %d errors%n", side,
                            Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()),
                            Report.errors(phases, side));
                }
            }
            report.facts().serviceProblems().forEach((service, kinds) -> kinds.forEach((kind, count) ->
                    System.out.printf("%s logged %d × %s%n", service, count, kind)));
        }
    }

    /**
     * The measured phases, in the order run, the PostgreSQL version they ran on, and how much each service's
     * database grew during each endpoint's API phases (once their events were consumed), in bytes.
     */
    private record Measured(List<Report.Phase> phases, String postgresVersion,
            Map<Endpoint, Map<String, Long>> growthBytes) {
    }

    /** What one endpoint's phases need: its service's database, both sides' workers, and where the CPU went. */
    private record Target(Endpoint endpoint, ServiceDatabase database, ClosedLoop.WorkerFactory raw,
            ClosedLoop.WorkerFactory api, CpuAccounting cpu) {
    }

    private static Measured measure(Options options, HttpClient http, SuiteStack suite) throws Exception {
        LocalStack stack = suite.stack();
        ServiceApi api = new ServiceApi(http, SuiteStack.service("contacts-service").baseUrl(),
                SuiteStack.service("interactions-service").baseUrl());

        System.out.printf("Creating %d owners with %d contacts each...%n", options.owners(), options.contactsPerOwner());
        List<Owner> owners = new ArrayList<>();
        for (int i = 1; i <= options.owners(); i++) {
            String id = String.format(Locale.ROOT, "bench-owner-%02d", i);
            String token = stack.tokens().token(id);
            owners.add(new Owner(id, token, api.createContacts(id, token, options.contactsPerOwner())));
        }
        for (Owner owner : owners) {
            api.awaitAccepted(owner, CONTACTS_KNOWN_TIMEOUT);
        }

        List<Target> targets = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            Map<String, String> environment = stack.environmentFor(SuiteStack.service(endpoint.service()));
            String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
            String user = environment.get("QUARKUS_DATASOURCE_USERNAME");
            String password = environment.get("QUARKUS_DATASOURCE_PASSWORD");
            targets.add(new Target(endpoint, new ServiceDatabase(url, user, password),
                    RawJdbcWrites.create(endpoint, suite.root(), url, user, password).workers(owners),
                    ApiWrites.workers(api, endpoint, owners),
                    suite.cpuAccounting(endpoint.service(), true).loadGenerator(ApiWrites::generatesLoad)));
        }
        Map<String, ServiceDatabase> databases = new LinkedHashMap<>();
        for (Service service : Service.ALL) {
            Map<String, String> environment = stack.environmentFor(service);
            databases.put(service.name(), new ServiceDatabase(environment.get("QUARKUS_DATASOURCE_JDBC_URL"),
                    environment.get("QUARKUS_DATASOURCE_USERNAME"), environment.get("QUARKUS_DATASOURCE_PASSWORD")));
        }
        Map<Endpoint, Map<String, Long>> growth = new EnumMap<>(Endpoint.class);

        List<Report.Phase> phases = new ArrayList<>();
        try (ConsumerLag lag = new ConsumerLag(stack.kafka().bootstrapServers())) {
            for (int round = 1; round <= options.rounds(); round++) {
                for (Target target : targets) {
                    for (String side : List.of(Report.RAW, Report.API)) {
                        Map<String, Long> before = side.equals(Report.API) ? sizes(databases) : Map.of();
                        phases.add(phase(options, targets, target, side, round, lag));
                        if (side.equals(Report.API)) {
                            // the raw side writes to a database of its own: the services' grow by the API's writes only
                            drain(targets, lag);
                            Map<String, Long> after = sizes(databases);
                            Map<String, Long> grown = growth.computeIfAbsent(target.endpoint(), e -> new TreeMap<>());
                            after.forEach((service, bytes) -> grown.merge(service, bytes - before.get(service), Long::sum));
                        }
                    }
                }
            }
        }
        return new Measured(phases, targets.get(0).database().serverVersion(), growth);
    }

    /** Each service's database size in bytes, by service. */
    private static Map<String, Long> sizes(Map<String, ServiceDatabase> databases) throws java.sql.SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceDatabase> database : databases.entrySet()) {
            sizes.put(database.getKey(), database.getValue().sizeBytes());
        }
        return sizes;
    }

    /** One side of one endpoint, once every service's relay and consumer has caught up. */
    private static Report.Phase phase(Options options, List<Target> targets, Target target, String side, int round,
            ConsumerLag lag) throws Exception {
        drain(targets, lag);
        target.database().checkpoint();
        System.out.printf(Locale.ROOT, "Round %d, %s, %s: %d workers, %d s warm-up, %d s measured...%n", round,
                target.endpoint().label(), side, options.concurrency(), options.warmUp().toSeconds(),
                options.measured().toSeconds());
        ClosedLoop.Result result = ClosedLoop.run(side, round, options.concurrency(), options.warmUp(),
                options.measured(), side.equals(Report.RAW) ? target.raw() : target.api(), target.cpu());
        long backlog = side.equals(Report.API) ? target.database().unsentEvents() : -1;
        Latencies.Summary latency = result.latency();
        System.out.printf(Locale.ROOT, "  %.0f requests/s, p50 %s ms, p99 %s ms, max %s ms, %d errors%s%n",
                result.throughput(), Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()),
                result.errorCount(), backlog < 0 ? "" : ", outbox backlog " + backlog);
        return new Report.Phase(target.endpoint(), result, backlog);
    }

    /** Waits until every service's relay has published its events and every consumer group has caught up. */
    private static void drain(List<Target> targets, ConsumerLag lag) throws Exception {
        for (Target each : targets) {
            long left = each.database().awaitOutboxDrained(DRAIN_TIMEOUT);
            if (left > 0) {
                System.out.printf("  (%s's relay still has %d events to publish after %s; going on)%n",
                        each.endpoint().service(), left, DRAIN_TIMEOUT);
            }
        }
        long behind = lag.awaitCaughtUp(DRAIN_TIMEOUT);
        if (behind > 0) {
            System.out.printf("  (the consumers are still %d events behind after %s; going on)%n", behind, DRAIN_TIMEOUT);
        }
    }
}
