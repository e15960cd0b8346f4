package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import one.jfr.JfrReader;

/** The whole chain on a real JVM: the agent's option, its recording, the flame graphs and the summary. */
class ProfileSummaryTest {

    @Test
    void profilesAJvmStartedWithTheAgentIntoFlameGraphsAndTopFrames(@TempDir Path dir) throws Exception {
        Process process = profiled(dir, ProfilerAgent.CHUNK, "2");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("busy.log"))).isZero();

        String markdown = ProfileSummary.render(List.of(dir.resolve("busy-service.jfr")));

        for (String file : List.of("busy-service-cpu.html", "busy-service-alloc.html", "busy-service-cpu.collapsed",
                "busy-service-alloc.collapsed")) {
            assertThat(dir.resolve(file)).as(markdown).isNotEmptyFile();
        }
        // the flame graph keeps its frames' names prefix-compressed: only the last part is sure to be there whole
        assertThat(Files.readString(dir.resolve("busy-service-cpu.html"))).contains("<h1>busy-service: CPU</h1>", "spin");
        assertThat(Files.readString(dir.resolve("busy-service-alloc.html"))).contains("<h1>busy-service: Allocations</h1>");
        assertThat(markdown).contains("\n## busy-service\n", "\n### CPU\n", "\n### Allocations\n",
                "| Jejaring code | ", "| `" + Busy.class.getName() + ".spin` | ", "| `byte[]` | ")
                .containsPattern("CPU sampled by (perf events|`ctimer`|`itimer`).*one sample per 1 ms of CPU time");
    }

    @Test
    void summarisesTheWholeChunksOfAJvmKilledBeforeItCouldFinishItsRecording(@TempDir Path dir) throws Exception {
        Path recording = dir.resolve("busy-service.jfr");
        Process process = profiled(dir, Duration.ofSeconds(1), "600");
        try {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> hasAWholeChunk(recording));
        } finally {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(ProfileSummary.render(List.of(recording))).contains(
                "The service was killed before it finished its recording", "| `" + Busy.class.getName() + ".spin` | ");
    }

    /** Whether the reader opens the recording: it does once the first chunk is whole, and throws before. */
    private static boolean hasAWholeChunk(Path recording) throws Exception {
        try (JfrReader jfr = new JfrReader(recording.toString())) {
            return true;
        }
    }

    /** {@link Busy} for that many seconds, started with the agent as a service would be, its recording in {@code dir}. */
    private static Process profiled(Path dir, Duration chunk, String seconds) throws Exception {
        String option = ProfilerAgent.option(ProfilerAgent.extract(dir.resolve("agent")), dir, chunk);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                option.replace("{service}", "busy-service"), "-cp", System.getProperty("java.class.path"),
                Busy.class.getName(), seconds);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("busy.log").toFile())
                .start();
    }

    @Test
    void namesTheEngineThatTookTheCpuSamples() {
        assertThat(ProfileSummary.sampler(Map.of("engine", "perf_events", "interval", "1000000")))
                .isEqualTo("perf events (`event=cpu`), one sample per 1 ms of CPU time");
        assertThat(ProfileSummary.sampler(Map.of("engine", "ctimer", "interval", "500000")))
                .startsWith("`ctimer` (perf events are not permitted here").endsWith("one sample per 0.5 ms of CPU time");
    }

    /** A JVM busy on the CPU and allocating for the seconds it is told, in a Jejaring package: its methods count as ours. */
    public static final class Busy {

        static volatile double sink;
        static volatile Object kept;

        public static void main(String[] args) {
            long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[0])).toNanos();
            while (System.nanoTime() < end) {
                sink = spin();
                kept = new byte[64 * 1024];
            }
        }

        private static double spin() {
            double sum = 0;
            for (int i = 1; i < 100_000; i++) {
                sum += Math.sqrt(i) / i;
            }
            return sum;
        }
    }
}
