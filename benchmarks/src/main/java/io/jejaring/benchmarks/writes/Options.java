package io.jejaring.benchmarks.writes;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.jejaring.benchmarks.common.OptionValues;

/** What {@code benchmarks/run} was asked to do. */
record Options(
        int concurrency,
        Duration warmUp,
        Duration measured,
        int rounds,
        int owners,
        int contactsPerOwner,
        String report,
        boolean quick,
        Duration portWait,
        boolean help) {

    static final String USAGE = """
            usage: benchmarks/run writes [--quick] [--concurrency N] [--warmup SECONDS] [--duration SECONDS]
                                         [--rounds N] [--owners N] [--contacts N] [--report FILE] [--port-wait SECONDS]

            Measures POST /api/v1/contacts and POST /api/v1/interactions, each against raw JDBC doing the same
            writes, at the same concurrency, side by side in one run, and writes the figures as Markdown.

              --quick            a smoke run: 3 s warm-up, 5 s measured, 1 round, report in
                                 benchmarks/target/REPORT-writes-quick.md (unless --report says otherwise)
              --concurrency N    concurrent closed-loop workers on each side (default 16)
              --warmup S         warm-up per phase, not measured (default 15)
              --duration S       measured time per phase (default 30)
              --rounds N         rounds of (raw JDBC, API) phases for each endpoint in turn (default 2)
              --owners N         owners the writes are spread over (default 8)
              --contacts N       contacts per owner (default 20)
              --report FILE      where to write the report, from the repository root (default benchmarks/target/REPORT-writes.md)
              --port-wait S      how long to wait for ports 8081-8083 and 9092 to be free (default 600)""";

    static Options parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        boolean quick = arguments.contains("--quick");
        int concurrency = 16;
        long warmUp = quick ? 3 : 15;
        long measured = quick ? 5 : 30;
        int rounds = quick ? 1 : 2;
        int owners = 8;
        int contacts = 20;
        String report = quick ? "benchmarks/target/REPORT-writes-quick.md" : "benchmarks/target/REPORT-writes.md";
        long portWait = 600;
        boolean help = false;
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--quick" -> { }
                case "--help", "-h" -> help = true;
                case "--concurrency" -> concurrency = OptionValues.positive(args, option);
                case "--warmup" -> warmUp = OptionValues.nonNegative(args, option);
                case "--duration" -> measured = OptionValues.positive(args, option);
                case "--rounds" -> rounds = OptionValues.positive(args, option);
                case "--owners" -> owners = OptionValues.positive(args, option);
                case "--contacts" -> contacts = OptionValues.positive(args, option);
                case "--report" -> report = OptionValues.value(args, option);
                case "--port-wait" -> portWait = OptionValues.nonNegative(args, option);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (concurrency > 150) {
            throw new IllegalArgumentException("--concurrency is at most 150 (PostgreSQL allows 200 connections)");
        }
        return new Options(concurrency, Duration.ofSeconds(warmUp), Duration.ofSeconds(measured), rounds, owners,
                contacts, report, quick, Duration.ofSeconds(portWait), help);
    }
}
