package io.jejaring.benchmarks.common;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one JVM's CPU samples went: by layer of the stack (inclusive: a sample counts once in each layer its stack
 * passes through), by method on top of the stack (self), and by Jejaring method anywhere on the stack (inclusive).
 */
final class JfrProfile {

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

    /** The layers the summary shows, in its order; edit freely. */
    static final List<Layer> LAYERS = List.of(
            new Layer("HTTP", "io.netty", "io.vertx", "org.jboss.resteasy", "io.quarkus.resteasy", "io.quarkus.vertx"),
            new Layer("Transactions", "com.arjuna", "io.quarkus.narayana"),
            new Layer("Hibernate", "org.hibernate"),
            new Layer("Security/JWT", "io.smallrye.jwt", "org.jose4j", "io.quarkus.security", "io.quarkus.smallrye.jwt",
                    "java.security", "sun.security"),
            new Layer("JDBC driver", "org.postgresql", "io.agroal"),
            new Layer("Kafka client", "org.apache.kafka", "io.smallrye.reactive.messaging"),
            new Layer("JSON", "com.fasterxml.jackson"),
            JEJARING);

    /** One frame of a stack: the class's name (as {@code Class.getName()} has it) and the method's. */
    record Frame(String className, String method) {

        String name() {
            return className + "." + method;
        }
    }

    /** A name and how many samples it has. */
    record Count(String name, long samples) {
    }

    private long samples;
    private long truncated;
    private final Map<String, Long> byLayer = new HashMap<>();
    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> jejaring = new HashMap<>();

    /** The names of the layers a stack passes through, each once, in the order of {@link #LAYERS}. */
    static List<String> layersOf(List<Frame> stack) {
        Set<Layer> hit = new HashSet<>();
        for (Frame frame : stack) {
            LAYERS.stream().filter(layer -> layer.contains(frame.className())).forEach(hit::add);
        }
        return LAYERS.stream().filter(hit::contains).map(Layer::name).toList();
    }

    /** Adds one sample: its stack, top frame first, and whether the JVM cut the stack short. */
    void add(List<Frame> stack, boolean cutShort) {
        samples++;
        if (cutShort) {
            truncated++;
        }
        if (stack.isEmpty()) {
            return;
        }
        self.merge(stack.get(0).name(), 1L, Long::sum);
        layersOf(stack).forEach(layer -> byLayer.merge(layer, 1L, Long::sum));
        stack.stream().filter(frame -> JEJARING.contains(frame.className()) && !generated(frame.className()))
                .map(Frame::name).distinct().forEach(method -> jejaring.merge(method, 1L, Long::sum));
    }

    /**
     * Whether a class is one Quarkus generates around ours ({@code Foo_Subclass}, {@code Foo_ClientProxy},
     * {@code Foo$quarkusrestinvoker$bar_1a2b}, ...) or a lambda's: no Jejaring class has an underscore in its name.
     */
    static boolean generated(String className) {
        return className.substring(className.lastIndexOf('.') + 1).contains("_") || className.contains("$$");
    }

    long samples() {
        return samples;
    }

    long truncated() {
        return truncated;
    }

    /** Samples per layer, every layer of {@link #LAYERS} in order, those with none at 0. */
    Map<String, Long> byLayer() {
        Map<String, Long> counts = new LinkedHashMap<>();
        LAYERS.forEach(layer -> counts.put(layer.name(), byLayer.getOrDefault(layer.name(), 0L)));
        return counts;
    }

    /** The methods most often on top of the stack. */
    List<Count> topSelf(int limit) {
        return top(self, limit);
    }

    /** The Jejaring methods most often anywhere on the stack, leaving out the wrappers Quarkus generates. */
    List<Count> topJejaring(int limit) {
        return top(jejaring, limit);
    }

    private static List<Count> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Count::samples).reversed().thenComparing(Count::name))
                .limit(limit).toList();
    }
}
