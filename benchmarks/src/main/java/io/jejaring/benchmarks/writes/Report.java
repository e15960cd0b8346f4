package io.jejaring.benchmarks.writes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.SuiteStack;

/** The Markdown report of one run. */
final class Report {

    static final String RAW = "raw JDBC";
    static final String API = "API";
    static final double TARGET_RATIO = 0.30;
    /** Whole-system CPU per acknowledged write, API ÷ raw JDBC: at most this. */
    static final double TARGET_CPU_RATIO = 4;
    /** Other processes using more than this (in cores) during a measured window means the machine was shared. */
    private static final double SHARED_THRESHOLD = 0.10;

    /** One measured phase of an endpoint; the API's outbox backlog at its end (-1 for raw JDBC). */
    record Phase(Endpoint endpoint, ClosedLoop.Result result, long outboxBacklogAtEnd) {
    }

    /** Everything the report says. */
    record Run(Options options, SuiteStack.RunFacts facts, String postgresVersion, String jdbcDriverVersion,
            List<Phase> phases) {
    }

    /** Throughput of all of a side's phases together: its successes over its measured time. */
    static double throughput(List<Phase> phases, String side) {
        long succeeded = 0;
        double seconds = 0;
        for (Phase phase : phases) {
            if (phase.result().side().equals(side)) {
                succeeded += phase.result().succeeded();
                seconds += phase.result().window().toNanos() / 1e9;
            }
        }
        return seconds == 0 ? 0 : succeeded / seconds;
    }

    /** The phases of one endpoint, in the order run. */
    static List<Phase> of(Endpoint endpoint, List<Phase> phases) {
        return phases.stream().filter(phase -> phase.endpoint() == endpoint).toList();
    }

    /** Throughput API ÷ raw JDBC over {@code phases} (give it one endpoint's); 0 without raw throughput. */
    static double ratio(List<Phase> phases) {
        double raw = throughput(phases, RAW);
        return raw == 0 ? 0 : throughput(phases, API) / raw;
    }

    /**
     * Whole-system CPU per acknowledged write of a side, in ms: the CPU of every process of this run over the side's
     * measured windows, less the HTTP load generator's threads, divided by its writes. NaN when not measured.
     */
    static double cpuMsPerWrite(List<Phase> phases, String side) {
        return msPerWrite(phases, side, usage -> usage.runCpuSeconds() - usage.loadGeneratorCpuSeconds());
    }

    /** The HTTP load generator's CPU per acknowledged write of a side, in ms, which {@link #cpuMsPerWrite} leaves out. */
    static double loadGeneratorMsPerWrite(List<Phase> phases, String side) {
        return msPerWrite(phases, side, CpuAccounting.Usage::loadGeneratorCpuSeconds);
    }

    /** Whole-system CPU per write, API ÷ raw JDBC, over {@code phases} (give it one endpoint's); NaN when not measured. */
    static double cpuRatio(List<Phase> phases) {
        double raw = cpuMsPerWrite(phases, RAW);
        return raw > 0 ? cpuMsPerWrite(phases, API) / raw : Double.NaN;
    }

    private static double msPerWrite(List<Phase> phases, String side, ToDoubleFunction<CpuAccounting.Usage> cpuSeconds) {
        double seconds = 0;
        long writes = 0;
        for (Phase phase : phases) {
            if (phase.result().side().equals(side)) {
                if (!phase.result().cpu().measured()) {
                    return Double.NaN;
                }
                seconds += cpuSeconds.applyAsDouble(phase.result().cpu());
                writes += phase.result().succeeded();
            }
        }
        return writes == 0 ? Double.NaN : seconds * 1000 / writes;
    }

    /** The group of the benchmark's JVM, which holds the Kafka broker and the load generator. */
    static final String BENCHMARK_JVM = "benchmark JVM";

    /**
     * What the capacity model reads of one run, by endpoint ({@code contacts.…}, {@code interactions.…}): the API's
     * throughput, its event's typical payload size in bytes, the CPU each process spent per acknowledged API write in ms ({@code cpuMs.<service>},
     * {@code cpuMs.postgresql}, and {@code cpuMs.broker}: the benchmark JVM less its load generator), and each
     * database's growth per write in bytes ({@code bytes.<service>}).
     */
    static Map<String, Double> costs(List<Phase> allPhases, Map<Endpoint, Map<String, Long>> growthBytes) {
        Map<String, Double> costs = new java.util.TreeMap<>();
        for (Endpoint endpoint : Endpoint.values()) {
            List<Phase> phases = of(endpoint, allPhases);
            String prefix = endpoint.name().toLowerCase(Locale.ROOT) + ".";
            costs.put(prefix + "api.writesPerSecond", throughput(phases, API));
            costs.put(prefix + "eventPayloadBytes", (double) RawJdbcWrites.payloadBytes(endpoint));
            for (String group : cpuGroups(phases)) {
                if (group.equals(CpuAccounting.OTHER)) {
                    continue;
                }
                String name = group.equals(BENCHMARK_JVM) ? "broker" : group.toLowerCase(Locale.ROOT);
                costs.put(prefix + "cpuMs." + name, msPerWrite(phases, API, usage -> usage.cores().getOrDefault(group, 0.0)
                        * usage.seconds() - (group.equals(BENCHMARK_JVM) ? usage.loadGeneratorCpuSeconds() : 0)));
            }
            long writes = phases.stream().filter(phase -> phase.result().side().equals(API))
                    .mapToLong(phase -> phase.result().succeeded()).sum();
            growthBytes.getOrDefault(endpoint, Map.of()).forEach((service, bytes) ->
                    costs.put(prefix + "bytes." + service, writes == 0 ? Double.NaN : (double) bytes / writes));
        }
        return costs;
    }

    static Latencies.Summary latency(List<Phase> phases, String side) {
        return Latencies.summarize(Latencies.concat(phases.stream().filter(phase -> phase.result().side().equals(side))
                .map(phase -> phase.result().latencies()).toArray(long[][]::new)));
    }

    static long errors(List<Phase> phases, String side) {
        return phases.stream().filter(phase -> phase.result().side().equals(side))
                .mapToLong(phase -> phase.result().errorCount()).sum();
    }

    static String render(Run run) {
        Options options = run.options();
        List<Phase> phases = run.phases();
        StringBuilder md = new StringBuilder();
        md.append("# Write throughput\n\n");
        md.append("Figures measured in this repository by the command below, each side by side in one run against a raw\n"
                + "baseline on the same PostgreSQL. The targets are the design's \"Quality bars\".");
        if (options.quick()) {
            md.append(" **This was a `--quick` smoke run: its durations are too short for figures to quote.**");
        }
        md.append("\n\n");

        for (Endpoint endpoint : Endpoint.values()) {
            endpointSection(md, endpoint, phases, options.concurrency());
        }
        md.append(String.format(Locale.ROOT, "CPU is in cores used on average over the measured window (the machine has %d), "
                + "read from `/proc`: first the service under test, then the other two, which consume its events; the "
                + "benchmark JVM holds the load generator and the Kafka broker; \"%s\" is everything else busy on the "
                + "machine.%n%n", run.facts().machine().cores(), CpuAccounting.OTHER));
        md.append("**CPU per write** is the CPU time, user plus system from `/proc/<pid>/stat`, of every process of this "
                + "run over a side's measured windows, divided by the writes acknowledged in them: the three services, "
                + "PostgreSQL's whole process tree (the backends that exited in a window count too: their time moves into "
                + "the postmaster's `cutime` and `cstime`), and the benchmark JVM with the Kafka broker. The HTTP load "
                + "generator stands in for the API's callers, so its CPU is left out: the API side's worker threads and "
                + "the JDK HTTP client's threads, measured thread by thread (`ThreadMXBean`), are subtracted, and shown "
                + "apart. The raw side's worker threads stay counted: they are the baseline itself, running pgjdbc as a "
                + "service does. A write's events are published and consumed after it is acknowledged; the phases run in "
                + "a steady state, so the window holds about as much of that work as it leaves to after its end.\n\n");

        run.facts().appendTo(md);
        md.append("- **Shared machine:** ").append(sharedNote(phases)).append('\n');
        md.append(String.format(Locale.ROOT, "- **Load:** a closed loop of %d concurrent workers on each side: each sends its next "
                + "request as soon as the last one answers, so throughput is what the figures mean and latency does not "
                + "include queueing a fixed arrival rate would show. Each phase: %d s warm-up (not measured), then %d s "
                + "measured. Each round runs %s; %d round(s), so drift shows. A request counts when it "
                + "completes inside the measured window; its latency runs from just before it is sent to just after its "
                + "answer (`System.nanoTime()`). Every latency is recorded; percentiles are nearest-rank.%n",
                options.concurrency(), options.warmUp().toSeconds(), options.measured().toSeconds(),
                each(endpoint -> "raw JDBC then API for `" + endpoint.request() + "`", ", then "), options.rounds()));
        md.append(String.format(Locale.ROOT, "- **Data:** %d owners with %d contacts each, created through contacts-service "
                + "before the first phase. Each request picks an owner and one of its contacts at random (both sides "
                + "alike): a new contact is the owner's, an interaction is with that contact. So about %s of the %d "
                + "writers work for the same owner at a time and queue on that owner's event-sequence row lock, as one "
                + "owner's concurrent writes do; the lock is not all that is measured.%n",
                options.owners(), options.contactsPerOwner(),
                String.format(Locale.ROOT, "%.0f", Math.max(1.0, (double) options.concurrency() / options.owners())),
                options.concurrency()));
        md.append(String.format(Locale.ROOT, "- **API side:** `java.net.http.HttpClient`, HTTP/1.1, keeping up to %d connections, "
                + "sending each endpoint's requests to its service on the local stack (`LocalStack`: embedded PostgreSQL "
                + "%s with fsync and synchronous commit on, the in-process KRaft broker, each service in its own JVM); "
                + "anything but 201 counts as an error. The bodies, with what varies between requests in angle "
                + "brackets:%n", options.concurrency(), run.postgresVersion()));
        for (Endpoint endpoint : Endpoint.values()) {
            md.append(String.format(Locale.ROOT, "  - `%s` to %s (%d bytes for a typical one): `%s`%n", endpoint.request(),
                    endpoint.service(), ApiWrites.bodyBytes(endpoint), ApiWrites.sampleBody(endpoint)));
        }
        md.append(String.format(Locale.ROOT, "- **Raw JDBC side:** %d threads, each with its own connection and prepared statements "
                + "(pgjdbc %s, autocommit off), writing to a database `%s` of its own on the same PostgreSQL server, in a "
                + "schema per endpoint whose tables copy the service's (%s) and the outbox's `outbox` and "
                + "`outbox_sequence`, indexes included. Per request, one transaction: insert the entity row with what the "
                + "body says (the columns it leaves empty take the values the service writes for them); take the "
                + "owner's next event sequence with the outbox's upsert (`INSERT … ON CONFLICT (owner_id) DO UPDATE … "
                + "RETURNING`); insert the outbox row with a payload shaped like the real event (%s); commit.%n",
                options.concurrency(), run.jdbcDriverVersion(), RawJdbcWrites.DATABASE,
                each(endpoint -> endpoint.service() + "'s `" + endpoint.table() + "`", ", "),
                each(endpoint -> "`" + endpoint.eventType() + "`, " + RawJdbcWrites.payloadBytes(endpoint) + " bytes",
                        "; ")));
        md.append("- **What the API does beyond the baseline,** and which counts against it: verifying the RS256 bearer "
                + "token, parsing and validating the JSON, Hibernate and the transaction manager, and writing the JSON "
                + "answer; after each commit the outbox relay in the same service publishes the event to Kafka "
                + "(`acks=all`) and marks it sent, and the services that follow its topic consume it, all on the same "
                + "cores. Besides:\n");
        for (Endpoint endpoint : Endpoint.values()) {
            md.append("  - `").append(endpoint.request()).append("`: ").append(beyondBaseline(endpoint)).append('\n');
        }
        md.append("- **Between phases** the benchmark waits until each service's relay has published every event and "
                + "every consumer group (interactions-service's and insights-service's) has consumed them, then runs a "
                + "`CHECKPOINT`, so no phase inherits the last one's work.\n");
        md.append("- **Quick mode:** `benchmarks/run writes --quick` runs 3 s + 5 s, one round, for a smoke check, and "
                + "writes `benchmarks/target/REPORT-writes-quick.md`. `benchmarks/run writes --help` lists the options.\n");
        return md.toString();
    }

    /** One endpoint's figures: its ratio against the target, each side's, then each of its phases. */
    private static void endpointSection(StringBuilder md, Endpoint endpoint, List<Phase> allPhases, int concurrency) {
        List<Phase> phases = of(endpoint, allPhases);
        double ratio = ratio(phases);
        md.append("## Write throughput: `").append(endpoint.request()).append("` against raw JDBC\n\n");
        md.append("| figure | target | measured | |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| `%s` throughput, API ÷ raw JDBC, at %d concurrent writers | ≥ %.2f | **%.2f** | %s |%n",
                endpoint.request(), concurrency, TARGET_RATIO, ratio, verdict(ratio >= TARGET_RATIO)));
        double cpuRatio = cpuRatio(phases);
        String cpuFigure = String.format(Locale.ROOT, "| `%s` whole-system CPU per acknowledged write, API ÷ raw JDBC | ≤ %.0f× |",
                endpoint.request(), TARGET_CPU_RATIO);
        if (Double.isNaN(cpuRatio)) {
            md.append(cpuFigure).append(" not measured (no `/proc` here) | – |\n\n");
        } else {
            md.append(String.format(Locale.ROOT, "%s **%.2f×** (API %.2f ms, raw JDBC %.2f ms of CPU per write) | %s |%n%n",
                    cpuFigure, cpuRatio, cpuMsPerWrite(phases, API), cpuMsPerWrite(phases, RAW),
                    verdict(cpuRatio <= TARGET_CPU_RATIO)));
        }

        md.append("| side | requests/s | p50 ms | p99 ms | max ms | requests measured | errors | CPU per write, ms | "
                + "load generator's CPU per write, ms (left out) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String side : List.of(RAW, API)) {
            Latencies.Summary latency = latency(phases, side);
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %s | %s | %d | %d | %s | %s |%n", side, throughput(phases, side),
                    Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()), latency.count(),
                    errors(phases, side), twoDecimals(cpuMsPerWrite(phases, side)),
                    twoDecimals(loadGeneratorMsPerWrite(phases, side))));
        }
        md.append("\nEach side's figures join all of its measured phases; the phases one by one follow, numbered in the "
                + "order run, which takes the endpoints in turn.\n\n");

        md.append("### Every phase of `").append(endpoint.request()).append("`\n\n");
        List<String> groups = cpuGroups(phases);
        md.append("| # | side | requests/s | p50 ms | p99 ms | max ms | errors | outbox backlog at end |");
        groups.forEach(group -> md.append(" CPU: ").append(group).append(" |"));
        md.append(" CPU: stolen by the hypervisor |\n|---|---|---:|---:|---:|---:|---:|---:|");
        groups.forEach(group -> md.append("---:|"));
        md.append("---:|\n");
        for (int number = 1; number <= allPhases.size(); number++) {
            Phase phase = allPhases.get(number - 1);
            if (phase.endpoint() != endpoint) {
                continue;
            }
            ClosedLoop.Result result = phase.result();
            Latencies.Summary latency = result.latency();
            md.append(String.format(Locale.ROOT, "| %d | %s | %.0f | %s | %s | %s | %s | %s |", number, result.side(),
                    result.throughput(), Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()), errorCell(result),
                    phase.outboxBacklogAtEnd() < 0 ? "–" : Long.toString(phase.outboxBacklogAtEnd())));
            for (String group : groups) {
                Double cores = result.cpu().cores().get(group);
                md.append(' ').append(cores == null ? "n/a" : String.format(Locale.ROOT, "%.2f", cores)).append(" |");
            }
            md.append(' ').append(result.cpu().measured() ? String.format(Locale.ROOT, "%.2f", result.cpu().stolen()) : "n/a")
                    .append(" |\n");
        }
        md.append("\n").append(roundRatios(phases)).append("\n\n");
    }

    /** What the API does for the endpoint that the baseline does not, besides what every endpoint does. */
    private static String beyondBaseline(Endpoint endpoint) {
        return switch (endpoint) {
            case CONTACTS -> "mapping the body onto the entity (trimming, dropping repeated addresses and labels); "
                    + "insights-service and interactions-service (which learns from it which contacts exist) consume `"
                    + endpoint.eventType() + "`.";
            case INTERACTIONS -> "reading the owner's `known_contact` row for each contact; insights-service consumes `"
                    + endpoint.eventType() + "`.";
        };
    }

    /** Something said of every endpoint, in their order. */
    private static String each(Function<Endpoint, String> phrase, String separator) {
        return Arrays.stream(Endpoint.values()).map(phrase).collect(Collectors.joining(separator));
    }


    private static String roundRatios(List<Phase> phases) {
        List<String> parts = new ArrayList<>();
        int rounds = phases.stream().mapToInt(phase -> phase.result().round()).max().orElse(0);
        for (int round = 1; round <= rounds; round++) {
            int r = round;
            List<Phase> inRound = phases.stream().filter(phase -> phase.result().round() == r).collect(Collectors.toList());
            parts.add(String.format(Locale.ROOT, "round %d: %.2f", round, ratio(inRound)));
        }
        return "Ratio API ÷ raw JDBC per round: " + String.join(", ", parts) + ".";
    }

    private static String sharedNote(List<Phase> phases) {
        double other = 0;
        double stolen = 0;
        boolean measured = false;
        for (Phase phase : phases) {
            CpuAccounting.Usage cpu = phase.result().cpu();
            if (cpu.measured()) {
                measured = true;
                other = Math.max(other, cpu.cores().getOrDefault(CpuAccounting.OTHER, 0.0));
                stolen = Math.max(stolen, cpu.stolen());
            }
        }
        if (!measured) {
            return "not measured (no `/proc` here).";
        }
        String figures = String.format(Locale.ROOT, "processes not part of this run used up to %.2f cores during a measured "
                + "window, and the hypervisor took up to %.2f cores for other guests.", other, stolen);
        if (other > SHARED_THRESHOLD || stolen > SHARED_THRESHOLD) {
            return "yes: " + figures + " Absolute figures are lower than on an idle machine; the ratio, taken side by "
                    + "side, is less affected, but a phase that met more of that load than its pair is skewed.";
        }
        return "no significant other load: " + figures;
    }

    private static List<String> cpuGroups(List<Phase> phases) {
        return phases.stream().map(phase -> phase.result().cpu().cores()).filter(cores -> !cores.isEmpty())
                .findFirst().map(Map::keySet).map(List::copyOf).orElse(List.of());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String twoDecimals(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String errorCell(ClosedLoop.Result result) {
        if (result.errors().isEmpty()) {
            return "0";
        }
        return result.errorCount() + " (" + result.errors().entrySet().stream()
                .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", ")) + ")";
    }
}
