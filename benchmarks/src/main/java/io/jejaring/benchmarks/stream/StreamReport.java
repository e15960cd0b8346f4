package io.jejaring.benchmarks.stream;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.InsightsSeeder;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.stream.StreamBenchmark.Run;

/** The Markdown section of one {@code benchmarks/run stream}: projection throughput and end-to-end latency. */
final class StreamReport {

    private StreamReport() {
    }

    static long p999(long[] samples) {
        if (samples.length == 0) {
            return 0;
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return Latencies.percentile(sorted, 99.9);
    }

    /** All rounds together: events over the sum of windows, per side. */
    static double[] rates(List<ProjectionThroughput.Round> rounds) {
        double events = 0;
        double insights = 0;
        double raw = 0;
        for (ProjectionThroughput.Round round : rounds) {
            events += round.events();
            insights += round.insights().toNanos() / 1e9;
            raw += round.raw().window().toNanos() / 1e9;
        }
        return new double[] {insights == 0 ? 0 : events / insights, raw == 0 ? 0 : events / raw};
    }

    /**
     * What the capacity model reads of one run: the projection's intake from a backlog (events/s) and the CPU that
     * insights-service and PostgreSQL spent per projected event, in ms, over every round.
     */
    static java.util.Map<String, Double> costs(List<ProjectionThroughput.Round> rounds) {
        double insightsSeconds = 0;
        double postgresSeconds = 0;
        long events = 0;
        for (ProjectionThroughput.Round round : rounds) {
            CpuAccounting.Usage usage = round.insightsCpu();
            if (!usage.measured()) {
                return java.util.Map.of("projection.eventsPerSecond", rates(rounds)[0]);
            }
            insightsSeconds += usage.cores().getOrDefault(StreamBenchmark.INSIGHTS, 0.0) * usage.seconds();
            postgresSeconds += usage.cores().getOrDefault("PostgreSQL", 0.0) * usage.seconds();
            events += round.events();
        }
        double perEvent = events == 0 ? Double.NaN : 1000.0 / events;
        return java.util.Map.of("projection.eventsPerSecond", rates(rounds)[0],
                "projection.cpuMs.insights-service", insightsSeconds * perEvent,
                "projection.cpuMs.postgresql", postgresSeconds * perEvent);
    }

    static String render(Run run) {
        StreamOptions options = run.options();
        StringBuilder md = new StringBuilder();
        md.append("# Event stream: projection throughput and end-to-end latency\n\n");
        if (options.quick()) {
            md.append("**This was a `--quick` smoke run: too little load for figures to quote.**\n\n");
        }
        md.append("| figure | target | measured | |\n|---|---|---|---|\n");
        double[] rates = rates(run.rounds());
        double ratio = rates[1] == 0 ? 0 : rates[0] / rates[1];
        md.append(String.format(Locale.ROOT, "| projection throughput, insights-service ÷ raw consumer | ≥ %.2f | **%.3f** | %s |%n",
                StreamBenchmark.TARGET_PROJECTION_RATIO, ratio, verdict(ratio >= StreamBenchmark.TARGET_PROJECTION_RATIO)));
        StreamBenchmark.TARGET_P99_MS.forEach((rate, targetMs) -> md.append(targetRow(run.steps(), rate, targetMs)));
        md.append('\n');

        md.append("## Projection throughput: insights-service against a raw Kafka consumer with batched JDBC upserts\n\n");
        md.append("| round | events | insights-service events/s | raw consumer events/s | ratio | insights-service window | "
                + "raw window | CPU during insights: insights-service | PostgreSQL | CPU during raw: benchmark JVM | PostgreSQL |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ProjectionThroughput.Round round : run.rounds()) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %.0f | %.0f | %.3f | %.1f s | %.1f s | %s | %s | %s | %s |%n",
                    round.round(), round.events(), round.insightsRate(), round.raw().rate(), round.ratio(),
                    round.insights().toMillis() / 1000.0, round.raw().window().toMillis() / 1000.0,
                    cores(round.insightsCpu(), StreamBenchmark.INSIGHTS), cores(round.insightsCpu(), "PostgreSQL"),
                    cores(round.rawCpu(), "benchmark JVM"), cores(round.rawCpu(), "PostgreSQL")));
        }
        md.append(String.format(Locale.ROOT, "%nAll rounds: insights-service %.0f events/s, raw consumer %.0f events/s.%n%n",
                rates[0], rates[1]));

        md.append("## End to end: `POST /api/v1/interactions` to the updated insight, open-model load\n\n");
        md.append("| rate asked | answered/s | HTTP p50 ms | HTTP p99 ms | write to insight p50 ms | p99 ms | p99.9 ms | max ms | "
                + "writes measured | failed | dropped | not applied | CPU: insights-service | contacts + interactions | PostgreSQL | benchmark JVM |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EndToEndLatency.Step step : run.steps()) {
            Latencies.Summary http = Latencies.summarize(step.http().latencies());
            Latencies.Summary applied = Latencies.summarize(step.endToEnd());
            md.append(String.format(Locale.ROOT, "| %.0f/s | %.0f | %s | %s | %s | %s | %s | %s | %,d | %d | %d (%s) | %d | %s | %s | %s | %s |%n",
                    step.rate(), step.http().achievedRate(), Markdown.ms(http.p50()), Markdown.ms(http.p99()),
                    Markdown.ms(applied.p50()), Markdown.ms(applied.p99()), Markdown.ms(p999(step.endToEnd())),
                    Markdown.ms(applied.max()), step.http().due(), step.http().failed() + step.http().unanswered(),
                    step.http().dropped(), droppedShare(step), step.notApplied(), cores(step.cpu(), StreamBenchmark.INSIGHTS),
                    cores(step.cpu(), "contacts + interactions"), cores(step.cpu(), "PostgreSQL"),
                    cores(step.cpu(), "benchmark JVM")));
        }
        md.append(String.format(Locale.ROOT, "%nCPU is in cores used on average (the machine has %d), read from `/proc`; the "
                + "benchmark JVM holds the load generator, the raw consumer and the Kafka broker.%n%n", run.facts().machine().cores()));

        run.facts().appendTo(md);
        md.append("- **Stack:** `LocalStack`, as `./jejaring up` runs it: embedded PostgreSQL, the in-process KRaft broker "
                + "(in the benchmark's JVM), and each service in its own JVM, all on the same 2 cores.\n");
        md.append(String.format(Locale.ROOT, "- **Projection events:** each round publishes, straight to Kafka as the services "
                + "publish them (CloudEvents headers, keyed by owner), %d owners' networks of %,d contacts each "
                + "(`contact.created`) and an `interaction.logged` for about %.0f%% of them. Publishing takes a second or "
                + "two, far less than either side needs, so both work from a backlog. insights-service runs as always (its "
                + "two consumers in poll batches of up to 500, one transaction per batch, with its overdue scan and outbox "
                + "running too); its window runs from the start of its first transaction holding the round's events "
                + "(`processed_event.processed_at`) to when the benchmark, polling every 50 ms, sees the last one "
                + "recorded. Then the raw consumer reads exactly the same offsets.%n", options.owners(),
                options.contactsPerOwner(), InsightsSeeder.WITH_INTERACTION * 100));
        md.append("- **Raw consumer:** one plain `KafkaConsumer` per topic on its own thread, assigned the partitions and "
                + "sought to the round's offsets, `max.poll.records` 500; per poll one JDBC transaction with batched "
                + "statements (pgjdbc `addBatch`) into copies of insights-service's tables made with `LIKE … INCLUDING ALL` "
                + "(same indexes), in insights-service's database: the event id (`ON CONFLICT DO NOTHING`), the contact "
                + "upsert with its version guard and its due and fading dates (whole days of absolute time, as "
                + "insights-service computes them), and for an interaction its fact upsert, its contact links and "
                + "each contact's last interaction, due and fading dates and strength. It does not compute reciprocity or the flags "
                + "insights-service publishes, nor guard against tombstones: it is the floor of what a projection costs.\n");
        md.append(String.format(Locale.ROOT, "- **End to end:** %d owners with %d contacts each are created through "
                + "contacts-service first, and interactions-service has learnt them. At each rate, requests are due at fixed "
                + "intervals (open model: a slow answer does not delay the next request) and sent with "
                + "`HttpClient.sendAsync` over HTTP/1.1, each for a random owner and contact; at most %,d may wait for an "
                + "answer (beyond that a request is dropped and counted). Each latency runs from when the request was due "
                + "(so queueing in the client counts: no coordinated omission); \"write to insight\" runs to when a watcher, "
                + "querying insights-service's database every %d ms for the %,d oldest writes not yet seen (each by "
                + "its owner and interaction id, the table's primary key), sees the interaction's `interaction_fact` row, written "
                + "in the same transaction as the relationship's new last interaction, due date, strength and flags. "
                + "%d s warm-up, then %d s measured, per rate. Percentiles are nearest-rank over every sample.%n",
                StreamBenchmark.E2E_OWNERS, StreamBenchmark.E2E_CONTACTS, EndToEndLatency.MAX_OUTSTANDING, EndToEndLatency.WATCH_MILLIS,
                EndToEndLatency.WATCH_AT_ONCE,
                options.warmUp().toSeconds(), options.measured().toSeconds()));
        md.append("- **Quick mode:** `benchmarks/run stream --quick` runs one small round and each rate briefly, for a smoke "
                + "check, and writes `benchmarks/target/REPORT-stream-quick.md`. `benchmarks/run stream --help` lists the "
                + "options.\n");
        return md.toString();
    }

    /** The write-to-insight target at one rate: met when its p99 is within it and every write was answered and applied. */
    static String targetRow(List<EndToEndLatency.Step> steps, int rate, double targetMs) {
        String figure = String.format(Locale.ROOT, "| write to insight p99, open model, %d writes/s | ≤ %.0f ms |", rate, targetMs);
        EndToEndLatency.Step step = steps.stream().filter(each -> each.rate() == rate).findFirst().orElse(null);
        if (step == null) {
            return figure + " not measured in this run | – |\n";
        }
        Latencies.Summary applied = Latencies.summarize(step.endToEnd());
        boolean complete = step.notApplied() == 0 && step.http().failed() + step.http().dropped() + step.http().unanswered() == 0;
        return String.format(Locale.ROOT, "%s **%s ms** (p50 %s ms, p99.9 %s ms; %s dropped) | %s |%n", figure,
                Markdown.ms(applied.p99()), Markdown.ms(applied.p50()), Markdown.ms(p999(step.endToEnd())),
                droppedShare(step), verdict(complete && applied.p99() / 1e6 <= targetMs));
    }

    /** The share of the measured window's writes that were dropped, as a percentage. */
    static String droppedShare(EndToEndLatency.Step step) {
        long due = step.http().due();
        return String.format(Locale.ROOT, "%.1f%%", due == 0 ? 0.0 : 100.0 * step.http().dropped() / due);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String cores(CpuAccounting.Usage usage, String group) {
        Double cores = usage.cores().get(group);
        return usage.measured() && cores != null ? String.format(Locale.ROOT, "%.2f", cores) : "n/a";
    }
}
