package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import one.convert.Arguments;
import one.convert.FlameGraph;
import one.convert.JfrToFlame;
import one.jfr.JfrReader;

/**
 * Turns the services' async-profiler recordings ({@link ProfilerAgent}) into flame graphs and a Markdown summary.
 * For each {@code DIR/<service>.jfr} it writes, beside it, the CPU and allocation profiles as collapsed stacks
 * ({@code <service>-cpu.collapsed}, {@code <service>-alloc.collapsed}) and as flame graphs ({@code -cpu.html},
 * {@code -alloc.html}), and prints, on standard output, each one's top frames and layers as text.
 * {@code benchmarks/run --profile} writes that to benchmarks/target/profiles/PROFILE.md.
 * <pre>java ... io.jejaring.benchmarks.common.ProfileSummary contacts-service.jfr interactions-service.jfr ...</pre>
 */
public final class ProfileSummary {

    private static final int TOP = 10;

    private ProfileSummary() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ProfileSummary RECORDING.jfr...");
            System.exit(2);
        }
        System.out.print(render(List.of(args).stream().map(Path::of).toList()));
    }

    /** What a profile counts: CPU samples, or the bytes the allocation samples stand for. */
    enum Kind {
        CPU("cpu", "CPU", "samples", "Samples", "--cpu"),
        ALLOC("alloc", "Allocations", "bytes", "Bytes", "--alloc", "--total");

        final String suffix;
        final String title;
        final String unit;
        final String column;
        final List<String> converterOptions;

        Kind(String suffix, String title, String unit, String column, String... converterOptions) {
            this.suffix = suffix;
            this.title = title;
            this.unit = unit;
            this.column = column;
            this.converterOptions = List.of(converterOptions);
        }

        String amount(long value) {
            return this == CPU ? String.format(Locale.ROOT, "%,d", value)
                    : String.format(Locale.ROOT, "%,.1f MB", value / 1e6);
        }
    }

    /**
     * How a recording's CPU was sampled (async-profiler's settings, some of them null), how long it ran, and whether
     * it was cut short: its service was killed before it could write the last chunk.
     */
    record Sampling(Map<String, String> settings, Duration duration, boolean cutShort) {
    }

    /** One service's recording, converted: how it was sampled, and its two profiles. */
    record Recording(String service, Sampling sampling, StackProfile cpu, StackProfile alloc) {
    }

    /** Converts one recording into collapsed stacks and flame graphs beside it, and reads the stacks back. */
    static Recording convert(Path recording) throws IOException {
        Sampling sampling = write(recording, Kind.CPU);
        write(recording, Kind.ALLOC);
        return new Recording(serviceOf(recording), sampling, read(recording, Kind.CPU), read(recording, Kind.ALLOC));
    }

    /** One kind of the recording's samples as collapsed stacks beside it, then as the flame graph drawn from them. */
    private static Sampling write(Path recording, Kind kind) throws IOException {
        Path collapsed = besides(recording, kind, "collapsed");
        Sampling sampling;
        try (JfrReader jfr = new JfrReader(recording.toString()); OutputStream out = Files.newOutputStream(collapsed)) {
            JfrToFlame converter = new JfrToFlame(jfr, arguments(kind, "collapsed", serviceOf(recording)));
            converter.convert();
            converter.dump(out);
            sampling = new Sampling(new HashMap<>(jfr.settings), Duration.ofNanos(jfr.durationNanos()),
                    jfr.incomplete());
        }
        FlameGraph.convert(collapsed.toString(), besides(recording, kind, "html").toString(),
                arguments(kind, "html", serviceOf(recording)));
        return sampling;
    }

    private static StackProfile read(Path recording, Kind kind) throws IOException {
        return StackProfile.parse(Files.readAllLines(besides(recording, kind, "collapsed")));
    }

    private static Path besides(Path recording, Kind kind, String extension) {
        return recording.resolveSibling(serviceOf(recording) + "-" + kind.suffix + "." + extension);
    }

    /** A recording is named after its service: {@code <service>.jfr}. */
    private static String serviceOf(Path recording) {
        return recording.getFileName().toString().replaceFirst("\\.jfr$", "");
    }

    /** Dotted class names, and lambdas' and hidden classes' names without their addresses, so that they add up. */
    private static Arguments arguments(Kind kind, String output, String service) {
        List<String> options = new ArrayList<>(kind.converterOptions);
        options.addAll(List.of("--dot", "--norm", "--output", output, "--title", service + ": " + kind.title));
        return new Arguments(options.toArray(String[]::new));
    }

    static String render(List<Path> recordings) {
        StringBuilder md = new StringBuilder("# Where the services spend their CPU and allocate memory\n\n");
        md.append("From async-profiler, attached to each service for its whole life, start-up included. CPU samples ")
                .append("cover Java, JVM, native and kernel code alike; allocation samples are weighed by the bytes ")
                .append("they stand for. Each service's flame graphs, `<service>-cpu.html` and `<service>-alloc.html`, ")
                .append("and the collapsed stacks they are drawn from lie beside `PROFILE.md` under ")
                .append("`benchmarks/target/profiles/`. *Self*: on top of the stack (for allocations, the type ")
                .append("allocated). *Total*: anywhere on the stack, once per stack, so a frame that wraps the rest of ")
                .append("a request (an interceptor, a route handler calling the next) counts all of it. A stack can ")
                .append("pass through several layers, so the layers' shares add up to more than 100%.\n");
        for (Path recording : recordings) {
            md.append("\n## ").append(serviceOf(recording)).append("\n\n");
            try {
                md.append(section(convert(recording)));
            } catch (IOException | RuntimeException e) {
                md.append("Could not read ").append(recording).append(": ").append(e).append('\n');
            }
        }
        return md.toString();
    }

    private static String section(Recording recording) {
        StringBuilder md = new StringBuilder();
        Sampling sampling = recording.sampling();
        md.append(String.format(Locale.ROOT, "%s of recording; CPU sampled by %s.", duration(sampling.duration()),
                sampler(sampling.settings())));
        if (sampling.cutShort()) {
            md.append(" The service was killed before it finished its recording: its last ")
                    .append(ProfilerAgent.CHUNK.toSeconds()).append(" s at most are missing.");
        }
        md.append('\n');
        append(md, Kind.CPU, recording.cpu());
        append(md, Kind.ALLOC, recording.alloc());
        return md.toString();
    }

    /** Which of async-profiler's engines took the CPU samples, and how often: perf events, or a timer instead. */
    static String sampler(Map<String, String> settings) {
        String engine = settings.getOrDefault("engine", "an engine the recording does not name");
        String described = switch (engine) {
            case "perf_events" -> "perf events (`event=cpu`)";
            case "ctimer", "itimer" -> "`" + engine + "` (perf events are not permitted here, so `event=cpu` fell back "
                    + "to a timer; no kernel frames)";
            default -> "`" + engine + "`";
        };
        long interval = parseLong(settings.get("interval"));
        return interval > 0 ? String.format(Locale.ROOT, "%s, one sample per %s ms of CPU time", described,
                new BigDecimal(interval).movePointLeft(6).stripTrailingZeros().toPlainString()) : described;
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void append(StringBuilder md, Kind kind, StackProfile profile) {
        long total = profile.total();
        md.append("\n### ").append(kind.title).append("\n\n");
        md.append(kind.amount(total)).append(' ').append(kind == Kind.CPU ? "samples" : "sampled").append(".\n");
        if (total == 0) {
            return;
        }
        md.append("\n| Layer | ").append(kind.column).append(" | Share |\n|---|---:|---:|\n");
        profile.byLayer().forEach((layer, value) -> md.append(row(kind, layer, value, total)));
        table(md, kind, "Top " + TOP + " frames by self " + kind.unit, profile.topSelf(TOP), total);
        table(md, kind, "Top " + TOP + " frames by total " + kind.unit, profile.topTotal(TOP), total);
        table(md, kind, "Top " + TOP + " Jejaring methods by total " + kind.unit
                + " (the wrappers Quarkus generates left out)", profile.topJejaring(TOP), total);
    }

    private static void table(StringBuilder md, Kind kind, String title, List<StackProfile.Count> counts, long total) {
        if (counts.isEmpty()) {
            return;
        }
        md.append('\n').append(title).append(":\n\n| Frame | ").append(kind.column).append(" | Share |\n|---|---:|---:|\n");
        counts.forEach(count -> md.append(row(kind, '`' + count.frame() + '`', count.value(), total)));
    }

    private static String row(Kind kind, String name, long value, long total) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f%% |\n", name.replace("|", "\\|"), kind.amount(value),
                total == 0 ? 0 : 100.0 * value / total);
    }

    private static String duration(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
