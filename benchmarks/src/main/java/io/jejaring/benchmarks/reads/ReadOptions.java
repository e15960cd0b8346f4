package io.jejaring.benchmarks.reads;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.jejaring.benchmarks.common.OptionValues;

/** What {@code benchmarks/run reads} was asked to do. */
record ReadOptions(
        List<Integer> sizes,
        int requests,
        int warmUpRequests,
        int concurrency,
        String report,
        boolean quick,
        Duration portWait,
        Duration seedTimeout,
        boolean help) {

    static final String USAGE = """
            usage: benchmarks/run reads [--quick] [--sizes N,N,...] [--requests N] [--warmup-requests N]
                                        [--concurrency N] [--report FILE] [--port-wait SECONDS] [--seed-timeout SECONDS]

            Measures the latency of GET /api/v1/insights/overdue, /reach and /suggestions for one owner with
            each number of contacts, plus each service's startup time to ready and its RSS after the reads,
            and writes the figures as Markdown.

              --quick              a smoke run: 1,000 contacts only, 200 requests after 50 warm-up, one client
                                   only, report in benchmarks/target/REPORT-reads-quick.md
              --sizes N,N,...      contacts of the one owner at each size (default 1000,10000,100000)
              --requests N         measured requests per endpoint, size and concurrency (default 2000)
              --warmup-requests N  requests per endpoint and size before measuring, not measured (default 200)
              --concurrency N      also measure with N concurrent clients; 1 for a single client only (default 4)
              --report FILE        where to write the report, from the repository root
                                   (default benchmarks/target/REPORT-reads.md)
              --port-wait S        how long to wait for ports 8081-8083 and 9092 to be free (default 600)
              --seed-timeout S     how long to wait for insights-service to take in each size's events (default 900)""";

    static ReadOptions parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        boolean quick = arguments.contains("--quick");
        List<Integer> sizes = quick ? List.of(1_000) : List.of(1_000, 10_000, 100_000);
        int requests = quick ? 200 : 2_000;
        int warmUp = quick ? 50 : 200;
        int concurrency = quick ? 1 : 4;
        String report = quick ? "benchmarks/target/REPORT-reads-quick.md" : "benchmarks/target/REPORT-reads.md";
        long portWait = 600;
        long seedTimeout = 900;
        boolean help = false;
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--quick" -> { }
                case "--help", "-h" -> help = true;
                case "--sizes" -> sizes = OptionValues.positiveList(args, option, 1_000_000);
                case "--requests" -> requests = OptionValues.positive(args, option);
                case "--warmup-requests" -> warmUp = OptionValues.nonNegative(args, option);
                case "--concurrency" -> concurrency = OptionValues.positive(args, option);
                case "--report" -> report = OptionValues.value(args, option);
                case "--port-wait" -> portWait = OptionValues.nonNegative(args, option);
                case "--seed-timeout" -> seedTimeout = OptionValues.positive(args, option);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (concurrency > 64) {
            throw new IllegalArgumentException("--concurrency is at most 64");
        }
        return new ReadOptions(sizes, requests, warmUp, concurrency, report, quick, Duration.ofSeconds(portWait),
                Duration.ofSeconds(seedTimeout), help);
    }

    /** The concurrencies measured: always a single client, then {@code concurrency} if more. */
    List<Integer> concurrencies() {
        return concurrency == 1 ? List.of(1) : List.of(1, concurrency);
    }
}
