package io.jejaring.benchmarks.reads;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.jejaring.benchmarks.common.OptionValues;

/** What {@code benchmarks/run search} was asked to do. */
record SearchOptions(int contacts, int requests, int warmUpRequests, String report, boolean quick, Duration portWait,
        boolean help) {

    static final String USAGE = """
            usage: benchmarks/run search [--quick] [--contacts N] [--requests N] [--warmup-requests N]
                                         [--report FILE] [--port-wait SECONDS]

            Measures the latency of GET /api/v1/contacts?q= (several searches) and ?ids= (200 ids) for one owner
            with N contacts, after contacts-service's start-up backfill indexed them, and writes the figures as
            Markdown.

              --quick              a smoke run: 10,000 contacts, 100 requests per search after 20 warm-up, report in
                                   benchmarks/target/REPORT-search-quick.md
              --contacts N         contacts of the one owner (default 100000)
              --requests N         measured requests per search (default 1000)
              --warmup-requests N  requests per search before measuring, not measured (default 100)
              --report FILE        where to write the report, from the repository root
                                   (default benchmarks/target/REPORT-search.md)
              --port-wait S        how long to wait for ports 8081-8083 and 9092 to be free (default 600)""";

    static SearchOptions parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        boolean quick = arguments.contains("--quick");
        int contacts = quick ? 10_000 : 100_000;
        int requests = quick ? 100 : 1_000;
        int warmUp = quick ? 20 : 100;
        String report = quick ? "benchmarks/target/REPORT-search-quick.md" : "benchmarks/target/REPORT-search.md";
        long portWait = 600;
        boolean help = false;
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--quick" -> { }
                case "--help", "-h" -> help = true;
                case "--contacts" -> contacts = OptionValues.positive(args, option);
                case "--requests" -> requests = OptionValues.positive(args, option);
                case "--warmup-requests" -> warmUp = OptionValues.nonNegative(args, option);
                case "--report" -> report = OptionValues.value(args, option);
                case "--port-wait" -> portWait = OptionValues.nonNegative(args, option);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (contacts < 200) {
            throw new IllegalArgumentException("--contacts is at least 200, the ids= batch's size");
        }
        return new SearchOptions(contacts, requests, warmUp, report, quick, Duration.ofSeconds(portWait), help);
    }
}
