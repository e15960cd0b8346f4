package io.jejaring.kubernetes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory sizes as Kubernetes writes them, in bytes. */
final class Quantities {

    private static final Pattern KUBERNETES = Pattern.compile("(\\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?");
    private static final Map<String, Long> UNITS = Map.of(
            "Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "Ti", 1L << 40,
            "k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L, "T", 1_000_000_000_000L);

    private Quantities() {
    }

    static long bytes(String quantity) {
        Matcher m = KUBERNETES.matcher(quantity);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a memory quantity this test reads: " + quantity);
        }
        return Long.parseLong(m.group(1)) * (m.group(2) == null ? 1 : UNITS.get(m.group(2)));
    }
}
