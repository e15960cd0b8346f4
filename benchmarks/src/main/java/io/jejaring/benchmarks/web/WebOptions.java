package io.jejaring.benchmarks.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.jejaring.benchmarks.common.OptionValues;

/** What {@code benchmarks/run web} was asked to do. */
record WebOptions(int contacts, int requests, int warmUpRequests, String report, boolean quick, Duration portWait,
        boolean help) {

    static final String USAGE = """
            usage: benchmarks/run web [--quick] [--contacts N] [--requests N] [--warmup-requests N]
                                      [--report FILE] [--port-wait SECONDS]

            Measures the web app's pages for one signed-in owner with N contacts (and interactions with about a
            tenth of them): each page's server time, p50 and p99, one client with a session cookie, and the
            JavaScript the pages load, gzipped. Writes the figures as Markdown.

              --quick              a smoke run: 1,000 contacts, 50 requests per page after 10 warm-up, report in
                                   benchmarks/target/REPORT-web-quick.md
              --contacts N         contacts of the one owner (default 10000)
              --requests N         measured requests per page (default 500)
              --warmup-requests N  requests per page before measuring, not measured (default 50)
              --report FILE        where to write the report, from the repository root
                                   (default benchmarks/target/REPORT-web.md)
              --port-wait S        how long to wait for ports 8081-8083 and 9092 to be free (default 600)""";

    static WebOptions parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        boolean quick = arguments.contains("--quick");
        int contacts = quick ? 1_000 : 10_000;
        int requests = quick ? 50 : 500;
        int warmUp = quick ? 10 : 50;
        String report = quick ? "benchmarks/target/REPORT-web-quick.md" : "benchmarks/target/REPORT-web.md";
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
        return new WebOptions(contacts, requests, warmUp, report, quick, Duration.ofSeconds(portWait), help);
    }
}
