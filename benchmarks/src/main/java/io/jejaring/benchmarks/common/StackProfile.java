package io.jejaring.benchmarks.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One profile read from collapsed stacks, async-profiler's text form of a flame graph: a line per stack,
 * {@code root;...;top value}, the value being samples (CPU) or bytes (allocations). Ranks the frames by self value
 * (on top of the stack), by total value (anywhere on it, once per stack however often it recurs), Jejaring's own
 * methods by total, and the layers the stacks pass through.
 */
final class StackProfile {

    /** A layer of the stack, known by the packages its classes live in. */
    record Layer(String name, List<String> packages) {

        Layer(String name, String... packages) {
            this(name, List.of(packages));
        }

        boolean contains(String className) {
            return packages.stream().anyMatch(pkg -> className.startsWith(pkg)
                    && (className.length() == pkg.length() || className.charAt(pkg.length()) == '.'));
        }
    }

    static final Layer JEJARING = new Layer("Jejaring code", "io.jejaring");

    /**
     * The layers the summary shows, in its order; edit freely. Leave out the packages of interceptors that wrap
     * whole calls: Quarkus's {@code @Authenticated} interceptor ({@code io.quarkus.security}) sits beneath every
     * resource method, and counted everything a request did as "Security/JWT".
     */
    static final List<Layer> LAYERS = List.of(
            new Layer("HTTP", "io.netty", "io.vertx", "org.jboss.resteasy", "io.quarkus.resteasy", "io.quarkus.vertx"),
            new Layer("Transactions", "com.arjuna", "io.quarkus.narayana"),
            new Layer("Hibernate", "org.hibernate"),
            new Layer("Security/JWT", "io.smallrye.jwt", "org.jose4j", "io.quarkus.smallrye.jwt", "java.security",
                    "sun.security"),
            new Layer("JDBC driver", "org.postgresql", "io.agroal"),
            new Layer("Kafka client", "org.apache.kafka", "io.smallrye.reactive.messaging"),
            new Layer("JSON", "com.fasterxml.jackson"),
            JEJARING);

    /** A frame and its value. */
    record Count(String frame, long value) {
    }

    /** Frames separated by semicolons, root first, then a space and the stack's value. */
    private static final Pattern COLLAPSED_LINE = Pattern.compile("(.+) (\\d+)");
    /** The converter's mark of a frame's kind: interpreted, JIT-compiled, inlined, kernel, C1-compiled. */
    private static final Pattern KIND_SUFFIX = Pattern.compile("_\\[[0jik1]]$");

    private long total;
    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> inclusive = new HashMap<>();
    private final Map<String, Long> byLayer = new HashMap<>();

    /** Reads collapsed stacks, a stack a line; blank lines are skipped. */
    static StackProfile parse(List<String> lines) {
        StackProfile profile = new StackProfile();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher stack = COLLAPSED_LINE.matcher(line.strip());
            if (!stack.matches()) {
                throw new IllegalArgumentException("not a collapsed stack (frames, a space, a value): " + line);
            }
            profile.add(Arrays.stream(stack.group(1).split(";")).map(StackProfile::frameName).toList(),
                    Long.parseLong(stack.group(2)));
        }
        return profile;
    }

    /** A frame's name without the converter's mark of its kind: the same method, compiled or not, counts once. */
    static String frameName(String frame) {
        return KIND_SUFFIX.matcher(frame).replaceFirst("");
    }

    /** The class of a Java frame {@code package.Class.method}; for a native or kernel frame, what precedes a dot. */
    static String className(String frame) {
        int dot = frame.lastIndexOf('.');
        return dot < 0 ? "" : frame.substring(0, dot);
    }

    /**
     * Whether a class is one Quarkus generates around ours ({@code Foo_Subclass}, {@code Foo_ClientProxy},
     * {@code Foo$quarkusrestinvoker$bar_1a2b}, ...) or a lambda's: no Jejaring class has an underscore in its name.
     */
    static boolean generated(String className) {
        return className.substring(className.lastIndexOf('.') + 1).contains("_") || className.contains("$$");
    }

    /** Adds one stack, root first, with its value. */
    void add(List<String> stack, long value) {
        total += value;
        if (stack.isEmpty()) {
            return;
        }
        self.merge(stack.get(stack.size() - 1), value, Long::sum);
        Set<String> frames = new HashSet<>(stack);
        frames.forEach(frame -> inclusive.merge(frame, value, Long::sum));
        LAYERS.stream().filter(layer -> frames.stream().anyMatch(frame -> layer.contains(className(frame))))
                .forEach(layer -> byLayer.merge(layer.name(), value, Long::sum));
    }

    /** The sum of every stack's value: samples, or bytes. */
    long total() {
        return total;
    }

    /** The value per layer, every layer of {@link #LAYERS} in order, those with none at 0. */
    Map<String, Long> byLayer() {
        Map<String, Long> counts = new LinkedHashMap<>();
        LAYERS.forEach(layer -> counts.put(layer.name(), byLayer.getOrDefault(layer.name(), 0L)));
        return counts;
    }

    /** The frames most often on top of the stack (for allocations: the types allocated). */
    List<Count> topSelf(int limit) {
        return top(self, limit);
    }

    /** The frames most often anywhere on the stack. */
    List<Count> topTotal(int limit) {
        return top(inclusive, limit);
    }

    /** The Jejaring methods most often anywhere on the stack, leaving out the wrappers Quarkus generates. */
    List<Count> topJejaring(int limit) {
        Map<String, Long> ours = new HashMap<>();
        inclusive.forEach((frame, value) -> {
            String className = className(frame);
            if (JEJARING.contains(className) && !generated(className)) {
                ours.put(frame, value);
            }
        });
        return top(ours, limit);
    }

    private static List<Count> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Count::value).reversed().thenComparing(Count::frame))
                .limit(limit).toList();
    }
}
