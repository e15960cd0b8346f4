package io.jejaring.benchmarks.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.jejaring.benchmarks.common.OptionValues;

/** The options of {@code benchmarks/run stream}. */
record StreamOptions(int rounds, int owners, int contactsPerOwner, List<Integer> rates, Duration warmUp, Duration measured,
        String report, boolean quick, Duration portWait, Duration projectionTimeout, boolean help) {

    static final String USAGE = """
            usage: benchmarks/run stream [--quick] [--rounds N] [--owners N] [--contacts N] [--rates R,R,...]
                                         [--warmup S] [--duration S] [--report FILE] [--port-wait S]

            Measures projection throughput (insights-service against a raw Kafka consumer with batched JDBC
            upserts, on the same events) and end-to-end latency from POST /api/v1/interactions to the updated
            insight under open-model load at each rate, and writes the figures as Markdown.

              --quick           a smoke run: one round of 4 owners x 500 contacts, rates 50,200,400 for 3 s + 10 s,
                                report in benchmarks/target/REPORT-stream-quick.md
              --rounds N        projection rounds, each on fresh events (default 2)
              --owners N        owners per projection round (default 8)
              --contacts N      contacts per owner and round, with interactions for about a tenth (default 2500)
              --rates R,...     end-to-end request rates per second (default 50,200,400)
              --warmup S        seconds at each rate before measuring (default 10)
              --duration S      measured seconds at each rate (default 30)
              --report FILE     where to write the report, from the repository root
                                (default benchmarks/target/REPORT-stream.md)
              --port-wait S     how long to wait for ports 8081-8083 and 9092 to be free (default 600)""";

    static StreamOptions parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        boolean quick = arguments.contains("--quick");
        int rounds = quick ? 1 : 2;
        int owners = quick ? 4 : 8;
        int contacts = quick ? 500 : 2_500;
        List<Integer> rates = List.of(50, 200, 400);
        int warmUp = quick ? 3 : 10;
        int measured = quick ? 10 : 30;
        String report = quick ? "benchmarks/target/REPORT-stream-quick.md" : "benchmarks/target/REPORT-stream.md";
        long portWait = 600;
        boolean help = false;
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--quick" -> { }
                case "--help", "-h" -> help = true;
                case "--rounds" -> rounds = OptionValues.positive(args, option);
                case "--owners" -> owners = OptionValues.positive(args, option);
                case "--contacts" -> contacts = OptionValues.positive(args, option);
                case "--rates" -> rates = OptionValues.positiveList(args, option, 5_000);
                case "--warmup" -> warmUp = OptionValues.nonNegative(args, option);
                case "--duration" -> measured = OptionValues.positive(args, option);
                case "--report" -> report = OptionValues.value(args, option);
                case "--port-wait" -> portWait = OptionValues.nonNegative(args, option);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new StreamOptions(rounds, owners, contacts, rates, Duration.ofSeconds(warmUp), Duration.ofSeconds(measured),
                report, quick, Duration.ofSeconds(portWait), Duration.ofMinutes(15), help);
    }
}
