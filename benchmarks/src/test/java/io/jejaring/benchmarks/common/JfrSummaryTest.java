package io.jejaring.benchmarks.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jejaring.benchmarks.common.JfrProfile.Frame;

import jdk.jfr.Recording;

class JfrSummaryTest {

    /** Where the busy work's result goes, so the JIT cannot drop it. */
    static volatile double sink;

    private static final Frame HANDLER = new Frame("io.jejaring.interactions.InteractionResource", "record");
    private static final Frame PROXY = new Frame("io.jejaring.interactions.InteractionResource_Subclass", "record");
    private static final Frame FLUSH = new Frame("org.hibernate.event.internal.AbstractFlushingEventListener", "flush");
    private static final Frame INSERT = new Frame("org.hibernate.persister.entity.AbstractEntityPersister", "insert");
    private static final Frame SEND = new Frame("org.postgresql.core.v3.QueryExecutorImpl", "sendQuery");
    private static final Frame COMMIT = new Frame("com.arjuna.ats.arjuna.coordinator.TwoPhaseCoordinator", "end");
    private static final Frame EVENT_LOOP = new Frame("io.netty.channel.nio.NioEventLoop", "run");
    private static final Frame NOT_NETTY = new Frame("io.nettyish.Thing", "run");

    @Test
    void aSampleCountsOnceInEachLayerItsStackPassesThrough() {
        List<Frame> stack = List.of(SEND, INSERT, FLUSH, COMMIT, HANDLER, EVENT_LOOP, NOT_NETTY);
        assertEquals(List.of("HTTP", "Transactions", "Hibernate", "JDBC driver", "Jejaring code"),
                JfrProfile.layersOf(stack));
        assertEquals(List.of(), JfrProfile.layersOf(List.of(NOT_NETTY, new Frame("java.lang.Thread", "run"))));
    }

    @Test
    void countsLayersInclusivelyAndMethodsBySelfAndByJejaringInclusive() {
        JfrProfile profile = new JfrProfile();
        profile.add(List.of(SEND, INSERT, FLUSH, HANDLER, PROXY, EVENT_LOOP), false);
        profile.add(List.of(INSERT, FLUSH, HANDLER, HANDLER), false); // recursion still counts once
        profile.add(List.of(SEND, COMMIT), true);
        profile.add(List.of(), false);

        assertEquals(4, profile.samples());
        assertEquals(1, profile.truncated());
        Map<String, Long> layers = profile.byLayer();
        assertEquals(JfrProfile.LAYERS.stream().map(JfrProfile.Layer::name).toList(), List.copyOf(layers.keySet()));
        assertEquals(1L, layers.get("HTTP"));
        assertEquals(2L, layers.get("Hibernate"));
        assertEquals(2L, layers.get("JDBC driver"));
        assertEquals(1L, layers.get("Transactions"));
        assertEquals(2L, layers.get("Jejaring code"));
        assertEquals(0L, layers.get("JSON"));
        assertEquals(List.of(new JfrProfile.Count(SEND.name(), 2), new JfrProfile.Count(INSERT.name(), 1)),
                profile.topSelf(2));
        assertEquals(List.of(new JfrProfile.Count(HANDLER.name(), 2)), profile.topJejaring(10));
    }

    @Test
    void knowsTheClassesQuarkusGeneratesAroundOurs() {
        assertTrue(JfrProfile.generated("io.jejaring.contacts.api.ContactResource_Subclass$1"));
        assertTrue(JfrProfile.generated("io.jejaring.contacts.domain.ContactService_ClientProxy"));
        assertTrue(JfrProfile.generated("io.jejaring.api.ContactResource$quarkusrestinvoker$create_164c9bf7"));
        assertTrue(JfrProfile.generated("io.jejaring.consume.EventBatchProcessor$$Lambda$1663+0x00007f6d30b1a0c8"));
        assertFalse(JfrProfile.generated("io.jejaring.plumbing.consume.EventBatchProcessor"));
        assertFalse(JfrProfile.generated("io.jejaring.plumbing.consume.EventBatchProcessor$Batch"));
        assertFalse(JfrProfile.generated("io.jejaring.some_package.Foo"));
    }

    @Test
    void summarisesARealRecording(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy-service.jfr");
        try (Recording recording = new Recording()) {
            recording.enable(JfrSummary.EXECUTION_SAMPLE).withPeriod(Duration.ofMillis(5));
            recording.start();
            sink = spin(Duration.ofMillis(1500));
            recording.stop();
            recording.dump(file);
        }

        JfrProfile profile = JfrSummary.read(file).profile();
        String busy = JfrSummaryTest.class.getName() + ".spin";
        assertTrue(profile.samples() > 10, "samples: " + profile.samples());
        assertTrue(profile.byLayer().get("Jejaring code") > 10, "layers: " + profile.byLayer());
        assertTrue(profile.topSelf(10).stream().anyMatch(count -> count.name().equals(busy)),
                "top self: " + profile.topSelf(10));

        String markdown = JfrSummary.render(List.of(file));
        assertTrue(markdown.contains("\n## busy-service\n"), markdown);
        assertTrue(markdown.contains("| Jejaring code | "), markdown);
        assertTrue(markdown.contains("| `" + busy + "` | "), markdown);
    }

    /** Busy on the CPU for a while, so the samples land here. */
    private static double spin(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        double sum = 0;
        while (System.nanoTime() < end) {
            for (int i = 1; i < 10_000; i++) {
                sum += Math.sqrt(i) / i;
            }
        }
        return sum;
    }
}
