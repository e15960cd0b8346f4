package io.jejaring.benchmarks.common;

import java.util.Locale;
import java.util.Map;

/** What every suite's Markdown shows alike: durations in milliseconds, and the services' logged problems. */
public final class Markdown {

    private Markdown() {
    }

    public static String ms(long nanos) {
        return String.format(Locale.ROOT, nanos < 10_000_000 ? "%.2f" : "%.1f", nanos / 1e6);
    }

    /** The warnings and errors each service logged, as a Markdown list. */
    public static String problems(Map<String, Map<String, Long>> services) {
        StringBuilder md = new StringBuilder();
        services.forEach((service, kinds) -> {
            md.append("- ").append(service).append(": ");
            if (kinds.isEmpty()) {
                md.append("none\n");
            } else {
                md.append(kinds.values().stream().mapToLong(Long::longValue).sum()).append('\n');
                kinds.forEach((kind, count) -> md.append("  - ").append(count).append(" × `")
                        .append(kind.replace("`", "'")).append("`\n"));
            }
        });
        return md.toString();
    }
}
