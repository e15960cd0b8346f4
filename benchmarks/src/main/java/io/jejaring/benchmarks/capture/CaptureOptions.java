package io.jejaring.benchmarks.capture;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.jejaring.benchmarks.common.OptionValues;

/** What {@code benchmarks/run capture} was asked to do. */
record CaptureOptions(int messages, int contacts, String report, boolean quick, Duration portWait, boolean help) {

    static final String USAGE = """
            usage: benchmarks/run capture [--quick] [--messages N] [--contacts N] [--report FILE] [--port-wait SECONDS]

            Generates an mbox of N messages (Gmail's shape: multipart, quoted-printable, encoded words, a copy of
            some messages under a second label, some bulk mail) between the owner and their contacts, and times
            POST /api/v1/interactions/import of it end to end: upload, parsing, contacts-service's address lookup
            and the writes. Needs contacts-service's owner profile and address lookup.

              --quick           a smoke run: 1,000 messages, report in benchmarks/target/REPORT-capture-quick.md
              --messages N      messages in the mbox (default 10000)
              --contacts N      the owner's contacts, each with an address (default 200)
              --report FILE     where to write the report, from the repository root
                                (default benchmarks/target/REPORT-capture.md)
              --port-wait S     how long to wait for ports 8081-8083 and 9092 to be free (default 600)""";

    static CaptureOptions parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        boolean quick = arguments.contains("--quick");
        int messages = quick ? 1_000 : 10_000;
        int contacts = 200;
        String report = quick ? "benchmarks/target/REPORT-capture-quick.md" : "benchmarks/target/REPORT-capture.md";
        long portWait = 600;
        boolean help = false;
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--quick" -> { }
                case "--help", "-h" -> help = true;
                case "--messages" -> messages = OptionValues.positive(args, option);
                case "--contacts" -> contacts = OptionValues.positive(args, option);
                case "--report" -> report = OptionValues.value(args, option);
                case "--port-wait" -> portWait = OptionValues.nonNegative(args, option);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new CaptureOptions(messages, contacts, report, quick, Duration.ofSeconds(portWait), help);
    }
}
