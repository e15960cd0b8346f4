package io.jejaring.benchmarks.stream;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.InsightsSeeder;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.Owner;
import io.jejaring.benchmarks.common.ServiceApi;
import io.jejaring.benchmarks.common.SuiteMain;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.local.LocalStack;

/**
 * The event stream: projection throughput of insights-service against a raw consumer, then end-to-end latency
 * from a write to the updated insight under open-model load. Run by {@code benchmarks/run stream}.
 */
public final class StreamBenchmark {

    static final String INSIGHTS = "insights-service";
    static final double TARGET_PROJECTION_RATIO = 0.5;
    /** Write-to-insight p99 at most this many ms, at each rate in writes per second. */
    static final Map<Integer, Double> TARGET_P99_MS = new TreeMap<>(Map.of(200, 100.0, 400, 250.0));
    static final int E2E_OWNERS = 8;
    static final int E2E_CONTACTS = 20;
    private static final Duration CONTACTS_KNOWN_TIMEOUT = Duration.ofSeconds(60);

    private StreamBenchmark() {
    }

    /** Everything the report says. */
    record Run(StreamOptions options, SuiteStack.RunFacts facts, List<ProjectionThroughput.Round> rounds,
            List<EndToEndLatency.Step> steps) {
    }

    public static void main(String[] arguments) {
        SuiteMain.run(arguments, StreamOptions::parse, StreamOptions::help, StreamOptions.USAGE, StreamBenchmark::run);
    }

    private static void run(StreamOptions options) throws Exception {
        try (SuiteStack suite = new SuiteStack("stack-stream")) {
            LocalStack stack = suite.stack();
            suite.startWhenPortsFree(options.portWait());
            CpuAccounting cpu = suite.cpuAccounting(INSIGHTS);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, String> insights = stack.environmentFor(SuiteStack.service(INSIGHTS));

            List<ProjectionThroughput.Round> rounds = new ArrayList<>();
            try (InsightsSeeder seeder = new InsightsSeeder(stack.kafka().bootstrapServers(), http,
                    SuiteStack.service(INSIGHTS).baseUrl())) {
                ProjectionThroughput projection = new ProjectionThroughput(stack, seeder, insights, cpu);
                for (int round = 1; round <= options.rounds(); round++) {
                    System.out.printf(Locale.ROOT, "Projection round %d: %d owners x %,d contacts...%n", round,
                            options.owners(), options.contactsPerOwner());
                    ProjectionThroughput.Round result = projection.round(round, options.owners(),
                            options.contactsPerOwner(), options.projectionTimeout());
                    System.out.printf(Locale.ROOT, "  %,d events: insights-service %.0f/s, raw consumer %.0f/s: ratio %.3f%n",
                            result.events(), result.insightsRate(), result.raw().rate(), result.ratio());
                    rounds.add(result);
                }
            }

            List<EndToEndLatency.Step> steps = new ArrayList<>();
            EndToEndLatency endToEnd = new EndToEndLatency(http, SuiteStack.service("interactions-service")
                    .baseUrl(), writers(stack, http), insights, cpu);
            for (int rate : options.rates()) {
                System.out.printf(Locale.ROOT, "End to end at %d requests/s: %d s warm-up, %d s measured...%n", rate,
                        options.warmUp().toSeconds(), options.measured().toSeconds());
                EndToEndLatency.Step step = endToEnd.run(rate, options.warmUp(), options.measured());
                Latencies.Summary applied = Latencies.summarize(step.endToEnd());
                System.out.printf(Locale.ROOT, "  %.0f/s answered; write to insight p50 %s ms, p99 %s ms, p99.9 %s ms; "
                        + "%d failed, %d dropped, %d not applied%n", step.http().achievedRate(), Markdown.ms(applied.p50()),
                        Markdown.ms(applied.p99()), Markdown.ms(StreamReport.p999(step.endToEnd())),
                        step.http().failed() + step.http().unanswered(), step.http().dropped(), step.notApplied());
                steps.add(step);
            }

            suite.write(options.report(), StreamReport.render(new Run(options, suite.facts("benchmarks/run stream"), rounds,
                    steps)));
            io.jejaring.benchmarks.common.MeasuredCosts.write(suite.root().resolve(options.report()), StreamReport.costs(rounds));
        }
    }

    /** Owners with contacts that interactions-service already knows, for the end-to-end writes. */
    private static List<Owner> writers(LocalStack stack, HttpClient http) throws Exception {
        ServiceApi api = new ServiceApi(http, SuiteStack.service("contacts-service").baseUrl(),
                SuiteStack.service("interactions-service").baseUrl());
        List<Owner> owners = new ArrayList<>();
        for (int i = 1; i <= E2E_OWNERS; i++) {
            String id = String.format(Locale.ROOT, "bench-e2e-%02d", i);
            String token = stack.tokens().token(id);
            owners.add(new Owner(id, token, api.createContacts(id, token, E2E_CONTACTS)));
        }
        for (Owner owner : owners) {
            api.awaitAccepted(owner, CONTACTS_KNOWN_TIMEOUT);
        }
        return owners;
    }
}
