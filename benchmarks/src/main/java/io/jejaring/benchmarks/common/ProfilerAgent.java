package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

/**
 * async-profiler's agent for the services that {@code benchmarks/run --profile} records: its native library, taken
 * out of the async-profiler jar on the class path, and the JVM option that loads it. Each service then records its
 * CPU samples and its allocations, both at once, into {@code DIR/<service>.jfr}, which {@link ProfileSummary} turns
 * into flame graphs and text.
 * <pre>java ... io.jejaring.benchmarks.common.ProfilerAgent DIR</pre>
 * prints the option, with {@code {service}} standing for each service's name (the launcher's
 * {@code jejaring.service.jvm-options} replaces it).
 */
public final class ProfilerAgent {

    /**
     * One CPU sample per millisecond of CPU time: a write takes a few milliseconds, so JFR's 20 ms missed most of
     * them. {@code event=cpu} uses perf events where the kernel permits them, and async-profiler falls back to
     * {@code ctimer} by itself where it doesn't; the recording says which ran.
     */
    static final Duration CPU_INTERVAL = Duration.ofMillis(1);
    /**
     * A service that the launcher has to kill (it did not stop within its grace) never writes the end of its
     * recording. A recording closed into chunks this long stays readable up to its last whole chunk.
     */
    static final Duration CHUNK = Duration.ofSeconds(30);

    private ProfilerAgent() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ProfilerAgent OUTPUT_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        System.out.println(option(extract(dir.resolve("agent")), dir));
    }

    /** The JVM option that starts profiling a service from its first instruction, written to its recording at exit. */
    static String option(Path library, Path outputDir) {
        return option(library, outputDir, CHUNK);
    }

    static String option(Path library, Path outputDir, Duration chunk) {
        return "-agentpath:" + library + "=start,event=cpu,interval=" + CPU_INTERVAL.toNanos() + ",alloc,chunktime="
                + chunk.toSeconds() + ",file=" + outputDir.resolve("{service}.jfr");
    }

    /** Copies this platform's native library out of the jar into {@code dir}, and returns its path. */
    static Path extract(Path dir) {
        String resource = library(System.getProperty("os.name"), System.getProperty("os.arch"));
        try (InputStream in = ProfilerAgent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: is async-profiler's jar there?");
            }
            Files.createDirectories(dir);
            Path library = dir.resolve("libasyncProfiler.so");
            // Through a new file and a rename: a JVM of an earlier run may still have the old one mapped.
            Path partial = Files.createTempFile(dir, "libasyncProfiler", ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract async-profiler's library into " + dir, e);
        }
    }

    /** The name of the native library in async-profiler's jar for this operating system and architecture. */
    static String library(String osName, String arch) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return "macos/libasyncProfiler.so";
        }
        String linux = !os.contains("linux") ? null : switch (arch) {
            case "amd64", "x86_64" -> "linux-x64";
            case "aarch64", "arm64" -> "linux-arm64";
            default -> null;
        };
        if (linux != null) {
            return linux + "/libasyncProfiler.so";
        }
        throw new IllegalStateException("async-profiler has no library for " + osName + " on " + arch
                + " (it runs on Linux x64 and arm64, and on macOS)");
    }
}
