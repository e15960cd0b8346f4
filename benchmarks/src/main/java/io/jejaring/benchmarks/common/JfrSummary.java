package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises JFR recordings of the services as Markdown, on standard output: where their CPU samples went, by layer
 * and by method. {@code benchmarks/run --profile} records them and writes this to benchmarks/target/profiles/PROFILE.md.
 * <pre>java ... io.jejaring.benchmarks.common.JfrSummary contacts-service.jfr interactions-service.jfr ...</pre>
 * Each file is one service, named by the file's name without {@code .jfr}.
 */
public final class JfrSummary {

    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    private static final int TOP = 10;

    private JfrSummary() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: JfrSummary RECORDING.jfr...");
            System.exit(2);
        }
        System.out.print(render(List.of(args).stream().map(Path::of).toList()));
    }

    /** One recording, read: its profile and the time its events span. */
    record Recording(JfrProfile profile, Duration duration) {
    }

    static Recording read(Path file) throws IOException {
        JfrProfile profile = new JfrProfile();
        Instant first = null;
        Instant last = null;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
                last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
                if (event.getEventType().getName().equals(EXECUTION_SAMPLE)) {
                    RecordedStackTrace stack = event.getStackTrace();
                    profile.add(stack == null ? List.of() : frames(stack), stack != null && stack.isTruncated());
                }
            }
        }
        return new Recording(profile, first == null ? Duration.ZERO : Duration.between(first, last));
    }

    private static List<JfrProfile.Frame> frames(RecordedStackTrace stack) {
        List<JfrProfile.Frame> frames = new ArrayList<>(stack.getFrames().size());
        for (RecordedFrame frame : stack.getFrames()) {
            frames.add(new JfrProfile.Frame(frame.getMethod().getType().getName(), frame.getMethod().getName()));
        }
        return frames;
    }

    static String render(List<Path> files) {
        StringBuilder md = new StringBuilder("# Where the services spend their CPU\n\n");
        md.append("From JFR's execution samples (`").append(EXECUTION_SAMPLE).append("`: Java code running on a CPU; ")
                .append("time waiting, in native code or in the GC is not sampled). A layer counts a sample when any ")
                .append("frame of its stack is in that layer, so a sample can count in several layers and the shares ")
                .append("add up to more than 100%. A recording covers its service's whole life, start-up included.\n");
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.jfr$", "");
            md.append("\n## ").append(name).append("\n\n");
            try {
                md.append(section(read(file)));
            } catch (IOException | RuntimeException e) {
                md.append("Could not read ").append(file).append(": ").append(e).append('\n');
            }
        }
        return md.toString();
    }

    private static String section(Recording recording) {
        JfrProfile profile = recording.profile();
        long total = profile.samples();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%,d samples over %s of recording", total, duration(recording.duration())));
        if (profile.truncated() > 0) {
            md.append(String.format(Locale.ROOT, "; %,d (%s) with stacks cut short by the JVM, whose outer layers "
                    + "are missed", profile.truncated(), share(profile.truncated(), total)));
        }
        md.append(".\n");
        if (total == 0) {
            return md.toString();
        }
        md.append("\n| Layer | Samples | Share |\n|---|---:|---:|\n");
        for (Map.Entry<String, Long> layer : profile.byLayer().entrySet()) {
            md.append(row(layer.getKey(), layer.getValue(), total));
        }
        md.append("\nTop ").append(TOP).append(" methods by self samples (on top of the stack):\n\n");
        md.append("| Method | Samples | Share |\n|---|---:|---:|\n");
        profile.topSelf(TOP).forEach(count -> md.append(row('`' + count.name() + '`', count.samples(), total)));
        List<JfrProfile.Count> jejaring = profile.topJejaring(TOP);
        if (!jejaring.isEmpty()) {
            md.append("\nTop ").append(TOP).append(" Jejaring methods by inclusive samples (anywhere on the stack; the wrappers "
                    + "Quarkus generates left out):\n\n");
            md.append("| Method | Samples | Share |\n|---|---:|---:|\n");
            jejaring.forEach(count -> md.append(row('`' + count.name() + '`', count.samples(), total)));
        }
        return md.toString();
    }

    private static String row(String name, long samples, long total) {
        return String.format(Locale.ROOT, "| %s | %,d | %s |\n", name.replace("|", "\\|"), samples, share(samples, total));
    }

    private static String share(long part, long total) {
        return String.format(Locale.ROOT, "%.1f%%", total == 0 ? 0 : 100.0 * part / total);
    }

    private static String duration(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
