package io.jejaring.benchmarks.reads;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.InsightsSeeder;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.benchmarks.reads.ReadLatencyBenchmark.Footprint;
import io.jejaring.benchmarks.reads.ReadLatencyBenchmark.Measurement;
import io.jejaring.benchmarks.reads.ReadLatencyBenchmark.Seeding;
import io.jejaring.benchmarks.reads.ReadLatencyBenchmark.StackStart;

/** The Markdown report of one read-latency run: its section of {@code benchmarks/REPORT.md}. */
final class ReadReport {

    private static final double SHARED_THRESHOLD = 0.10;

    private ReadReport() {
    }

    record Run(ReadOptions options, SuiteStack.RunFacts facts, StackStart stackStart, List<Footprint> footprints,
            List<Seeding> seedings,
            List<Measurement> measurements) {
    }
    static String render(Run run) {
        ReadOptions options = run.options();
        StringBuilder md = new StringBuilder();
        md.append("# Read latency and footprint\n\n");
        md.append("Figures measured in this repository by the command below. The targets are the design's \"Quality bars\".");
        if (options.quick()) {
            md.append(" **This was a `--quick` smoke run: too few requests and contacts for figures to quote.**");
        }
        md.append("\n\n");

        md.append("## Against the targets\n\n");
        md.append("| figure | target | measured | |\n|---|---|---|---|\n");
        for (String endpoint : ReadLatencyBenchmark.ENDPOINTS) {
            Measurement target = run.measurements().stream()
                    .filter(m -> m.endpoint().equals(endpoint) && m.concurrency() == 1 && m.size() == ReadLatencyBenchmark.TARGET_SIZE)
                    .findFirst().orElse(null);
            String figure = String.format(Locale.ROOT, "| `GET /%s` p99, one owner with %,d contacts, one client | ≤ %.0f ms |",
                    endpoint, ReadLatencyBenchmark.TARGET_SIZE, ReadLatencyBenchmark.TARGET_P99_MS);
            if (target == null) {
                md.append(figure).append(" not measured in this run | – |\n");
            } else {
                md.append(String.format(Locale.ROOT, "%s **%s ms** | %s |%n", figure, Markdown.ms(target.latency().p99()),
                        verdict(target.errors() == 0 && target.latency().p99() / 1e6 <= ReadLatencyBenchmark.TARGET_P99_MS)));
            }
        }
        String jdk = run.stackStart().serviceJdk();
        for (Footprint footprint : run.footprints()) {
            if (footprint.alone() == null) {
                md.append(String.format(Locale.ROOT, "| %s: start to first ready answer, started alone, on %s | ≤ %.1f s on JDK 25 | not measured | – |%n",
                        footprint.service(), jdk, ReadLatencyBenchmark.TARGET_STARTUP_S));
            } else {
                double seconds = footprint.alone().toMillis() / 1000.0;
                md.append(String.format(Locale.ROOT, "| %s: start to first ready answer, started alone, on %s (with the other two: %s) | ≤ %.1f s on JDK 25 | **%.2f s** | %s |%n",
                        footprint.service(), jdk, footprint.together() == null ? "not measured"
                                : String.format(Locale.ROOT, "%.2f s", footprint.together().toMillis() / 1000.0),
                        ReadLatencyBenchmark.TARGET_STARTUP_S, seconds, verdict(seconds <= ReadLatencyBenchmark.TARGET_STARTUP_S)));
            }
        }
        md.append(stackStartRow(run.stackStart()));
        for (Footprint footprint : run.footprints()) {
            if (footprint.rssKb() < 0) {
                md.append(String.format(Locale.ROOT, "| %s: RSS after the reads | ≤ %.0f MB | not measured | – |%n",
                        footprint.service(), ReadLatencyBenchmark.TARGET_RSS_MB));
            } else {
                double mb = footprint.rssKb() / 1024.0;
                md.append(String.format(Locale.ROOT, "| %s: RSS after the reads (peak %.0f MB) | ≤ %.0f MB | **%.0f MB** | %s |%n",
                        footprint.service(), footprint.peakRssKb() / 1024.0, ReadLatencyBenchmark.TARGET_RSS_MB, mb,
                        verdict(mb <= ReadLatencyBenchmark.TARGET_RSS_MB)));
            }
        }
        md.append("\nMB is MiB (1,048,576 bytes), as `/proc/<pid>/status` counts.\n\n");

        md.append("## Read latency: `GET /api/v1/insights/…` for one owner\n\n");
        md.append("| contacts | endpoint | clients | requests/s | p50 ms | p99 ms | max ms | requests measured | errors | CPU: insights-service | CPU: PostgreSQL | CPU: other processes |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : run.measurements()) {
            Latencies.Summary latency = m.latency();
            md.append(String.format(Locale.ROOT, "| %,d | `%s` | %d | %.0f | %s | %s | %s | %d%s | %s | %s | %s | %s |%n",
                    m.size(), m.endpoint(), m.concurrency(), m.throughput(), Markdown.ms(latency.p50()),
                    Markdown.ms(latency.p99()), Markdown.ms(latency.max()), latency.count(),
                    m.capped() ? " (time cap)" : "", errorCell(m), cores(m, ReadLatencyBenchmark.INSIGHTS),
                    cores(m, "PostgreSQL"), cores(m, CpuAccounting.OTHER)));
        }
        md.append(String.format(Locale.ROOT, "%nCPU is in cores used on average while the requests ran (the machine has %d), read "
                + "from `/proc`; \"%s\" is everything busy on the machine that is not part of this run.%n%n",
                run.facts().machine().cores(), CpuAccounting.OTHER));

        md.append("### Seeding\n\n");
        md.append("| contacts | interactions | published in | all taken in by insights-service after |\n|---:|---:|---:|---:|\n");
        for (Seeding seeding : run.seedings()) {
            InsightsSeeder.Seeded seeded = seeding.seeded();
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f s | %.1f s |%n", seeded.contacts(), seeded.interactions(),
                    seeded.published().toMillis() / 1000.0, seeded.takenIn().toMillis() / 1000.0));
        }
        md.append('\n');

        run.facts().appendTo(md);
        md.append("- **Shared machine:** ").append(sharedNote(run.measurements())).append('\n');
        md.append("- **Stack:** `LocalStack`, as `./jejaring up` runs it: embedded PostgreSQL, the in-process KRaft broker "
                + "(in the benchmark's JVM), and each service in its own JVM (`-Xms64m -Xmx256m -XX:+UseSerialGC`, the collector the JVM picks by itself in the 512 MiB pods), all on the same cores.\n");
        md.append("- **Startup:** each figure runs from the service process's start time "
                + "(`ProcessHandle.info().startInstant()`, kernel clock ticks) to the first 200 of `GET /q/health/ready`, "
                + "polled every 20 ms by the benchmark from the moment the process exists; the readiness check includes the "
                + "database and Kafka connections (Flyway's migrations and Hibernate's start come before it). \"With the "
                + "other two\": the three services launched together, as `LocalStack` does, competing for the 2 cores. "
                + "\"Alone\": after the reads, each service is stopped and started again by itself while the other two and "
                + "PostgreSQL and the broker run idle; this is the figure held against the target. One sample each. "
                + "\"`./jejaring up`\": from when `LocalStack` (the launcher's own stack) begins to start PostgreSQL, then "
                + "Kafka, then the three services, to the last of their first ready answers, after the build. The JDK is "
                + "the one the service processes ran on, read from each process (its executable's JDK and whether it "
                + "was given an AOT cache): `LocalStack` chooses it as `./jejaring up` does.\n");
        md.append("- **RSS:** `VmRSS` of each service's JVM from `/proc/<pid>/status`, read after every read measurement; "
                + "\"peak\" is `VmHWM`, the most it held at any time, seeding included.\n");
        md.append(String.format(Locale.ROOT, "- **Data:** one owner per size (%s contacts), each seeded straight into "
                + "insights-service's projection by publishing `%s` events to Kafka (`%s`, keyed by owner id, CloudEvents "
                + "headers, Jackson JSON of `ContactSnapshot`, as the services publish them): tiers inner/close/active/"
                + "acquaintance at random, with their cadences of 7/30/90/365 days, created at random over the last %d "
                + "days, so many are overdue; then one `%s` event on `%s` for about %.0f%% of the contacts, at random in the "
                + "last %d days, so layers and strength are not trivial. The run waits until `GET /reach` counts every "
                + "contact. contacts-service and interactions-service do not hold these contacts: only the read side is "
                + "measured.%n",
                options.sizes().stream().map(size -> String.format(Locale.ROOT, "%,d", size)).collect(Collectors.joining(", ")),
                io.jejaring.events.EventTypes.CONTACT_CREATED, io.jejaring.events.Topics.CONTACTS,
                InsightsSeeder.CREATED_WITHIN_DAYS, io.jejaring.events.EventTypes.INTERACTION_LOGGED,
                io.jejaring.events.Topics.INTERACTIONS, InsightsSeeder.WITH_INTERACTION * 100,
                InsightsSeeder.INTERACTION_WITHIN_DAYS));
        md.append(String.format(Locale.ROOT, "- **Load:** for each size, each endpoint in turn with its default parameters "
                + "(`/overdue`: the first page of 50; `/suggestions`: its default count), a closed loop of %s: each client "
                + "sends its next request as soon as the last one answers, over `java.net.http.HttpClient`, HTTP/1.1, with a "
                + "bearer token for the owner. %d warm-up requests (not measured), then %d measured, per endpoint, size and "
                + "client count; a measurement stops after %d s even if not all were sent (marked \"time cap\"). Latency "
                + "runs from just before the request is sent to just after its whole answer is read (`System.nanoTime()`); "
                + "requests/s is the measured requests over the wall time they took. Every latency is recorded; "
                + "percentiles are nearest-rank. Anything but 200 counts as an error.%n",
                options.concurrency() == 1 ? "one client" : "one client, then of " + options.concurrency() + " concurrent clients",
                options.warmUpRequests(), options.requests(), ReadLatencyBenchmark.MEASUREMENT_CAP.toSeconds()));
        md.append("- **Quick mode:** `benchmarks/run reads --quick` seeds 1,000 contacts only and sends 200 requests after 50 "
                + "warm-up, one client, for a smoke check, and writes `benchmarks/target/REPORT-reads-quick.md`. "
                + "`benchmarks/run reads --help` lists the options.\n");
        return md.toString();
    }

    /** {@code ./jejaring up}'s target: the whole stack started as the launcher starts it, until all three are ready. */
    static String stackStartRow(StackStart start) {
        String figure = String.format(Locale.ROOT, "| `./jejaring up`: PostgreSQL, Kafka and the three services started "
                + "together until all three are ready, on %s | ≤ %.1f s on JDK 25 |", start.serviceJdk(),
                ReadLatencyBenchmark.TARGET_UP_S);
        if (start.whole() == null) {
            return figure + " not measured | – |\n";
        }
        double seconds = start.whole().toMillis() / 1000.0;
        return String.format(Locale.ROOT, "%s **%.2f s** (from the first service's start: %.2f s) | %s |%n", figure,
                seconds, start.services().toMillis() / 1000.0, verdict(seconds <= ReadLatencyBenchmark.TARGET_UP_S));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String cores(Measurement m, String group) {
        Double cores = m.cpu().cores().get(group);
        return m.cpu().measured() && cores != null ? String.format(Locale.ROOT, "%.2f", cores) : "n/a";
    }

    private static String errorCell(Measurement m) {
        if (m.errorKinds().isEmpty()) {
            return "0";
        }
        return m.errors() + " (" + m.errorKinds().entrySet().stream()
                .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    private static String sharedNote(List<Measurement> measurements) {
        double other = 0;
        double stolen = 0;
        boolean measured = false;
        for (Measurement m : measurements) {
            if (m.cpu().measured()) {
                measured = true;
                other = Math.max(other, m.cpu().cores().getOrDefault(CpuAccounting.OTHER, 0.0));
                stolen = Math.max(stolen, m.cpu().stolen());
            }
        }
        if (!measured) {
            return "not measured (no `/proc` here).";
        }
        String figures = String.format(Locale.ROOT, "processes not part of this run used up to %.2f cores while requests "
                + "ran, and the hypervisor took up to %.2f cores for other guests.", other, stolen);
        if (other > SHARED_THRESHOLD || stolen > SHARED_THRESHOLD) {
            return "yes: " + figures + " Latencies are higher than on an idle machine.";
        }
        return "no significant other load: " + figures + " The startup figures are not covered by this: they were taken "
                + "before any measurement.";
    }
}
