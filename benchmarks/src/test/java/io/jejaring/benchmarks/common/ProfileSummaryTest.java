package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole chain on a real JVM: the agent's option, its recording, the flame graphs and the summary. */
class ProfileSummaryTest {

    @Test
    void profilesAJvmStartedWithTheAgentIntoFlameGraphsAndTopFrames(@TempDir Path dir) throws Exception {
        String option = ProfilerAgent.option(ProfilerAgent.extract(dir.resolve("agent")), dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                option.replace("{service}", "busy-service"), "-cp", System.getProperty("java.class.path"),
                Busy.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("busy.log").toFile()).start();
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
    void namesTheEngineThatTookTheCpuSamples() {
        assertThat(ProfileSummary.sampler(Map.of("engine", "perf_events", "interval", "1000000")))
                .isEqualTo("perf events (`event=cpu`), one sample per 1 ms of CPU time");
        assertThat(ProfileSummary.sampler(Map.of("engine", "ctimer", "interval", "500000")))
                .startsWith("`ctimer` (perf events are not permitted here").endsWith("one sample per 0.5 ms of CPU time");
    }

    /** A JVM busy on the CPU and allocating for two seconds, in a Jejaring package so that its methods count as ours. */
    public static final class Busy {

        static volatile double sink;
        static volatile Object kept;

        public static void main(String[] args) {
            long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
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
