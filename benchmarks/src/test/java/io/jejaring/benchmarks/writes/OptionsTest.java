package io.jejaring.benchmarks.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaults() {
        Options options = Options.parse(List.of());
        assertEquals(16, options.concurrency());
        assertEquals(Duration.ofSeconds(15), options.warmUp());
        assertEquals(Duration.ofSeconds(30), options.measured());
        assertEquals(2, options.rounds());
        assertEquals("benchmarks/target/REPORT-writes.md", options.report());
    }

    @Test
    void quickIsShortAndKeepsTheFullReport() {
        Options options = Options.parse(List.of("--concurrency", "4", "--quick"));
        assertTrue(options.quick());
        assertEquals(4, options.concurrency());
        assertEquals(1, options.rounds());
        assertTrue(options.warmUp().plus(options.measured()).toSeconds() <= 10);
        assertEquals("benchmarks/target/REPORT-writes-quick.md", options.report());
    }

    @Test
    void badOptions() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--concurrency")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--concurrency", "0")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--concurrency", "x")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--fast")));
    }
}
