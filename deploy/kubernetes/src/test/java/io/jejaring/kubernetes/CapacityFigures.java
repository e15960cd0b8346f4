package io.jejaring.kubernetes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workload and measured event sizes in benchmarks/CAPACITY.md, read from its text, and what they make of
 * Kafka's log. The arithmetic is CapacityModel's: each event is its measured payload plus a fixed overhead of
 * key, headers and record framing, and the log keeps every event.
 */
record CapacityFigures(long owners, long contactsPerOwner, long writesPerOwnerPerDay, double contactShare,
        long contactPayloadBytes, long interactionPayloadBytes, long overheadBytes, int replicas, double logTerabytesPerYear) {

    static CapacityFigures read() {
        String text = Repo.read(Repo.ROOT.resolve("benchmarks/CAPACITY.md"));
        Matcher workload = find(text, "- ([\\d,]+) owners, ([\\d,]+) contacts each");
        return new CapacityFigures(
                number(workload.group(1)), number(workload.group(2)),
                number(find(text, "(\\d+) writes per owner per day").group(1)),
                number(find(text, "of which (\\d+)% create or change a contact").group(1)) / 100.0,
                number(find(text, "\\| `contacts\\.eventPayloadBytes` \\| ([\\d,]+) \\|").group(1)),
                number(find(text, "\\| `interactions\\.eventPayloadBytes` \\| ([\\d,]+) \\|").group(1)),
                number(find(text, "plus (\\d+) bytes of key").group(1)),
                (int) number(find(text, "the log grows by [\\d.]+ TB a year with (\\d+) replicas").group(1)),
                Double.parseDouble(find(text, "the log grows by ([\\d.]+) TB a year").group(1)));
    }

    long contactEventBytes() {
        return contactPayloadBytes + overheadBytes;
    }

    /** One event of the mix: contact writes and interaction writes in CAPACITY.md's proportions. */
    double averageEventBytes() {
        return contactShare * contactEventBytes() + (1 - contactShare) * (interactionPayloadBytes + overheadBytes);
    }

    /** One copy of the log before any write: a contact.created per contact. */
    double initialLogBytes() {
        return owners * contactsPerOwner * (double) contactEventBytes();
    }

    /** What one copy of the log grows by each day. */
    double logBytesPerDay() {
        return owners * writesPerOwnerPerDay * averageEventBytes();
    }

    private static Matcher find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("benchmarks/CAPACITY.md no longer says /" + regex + "/");
        }
        return m;
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
