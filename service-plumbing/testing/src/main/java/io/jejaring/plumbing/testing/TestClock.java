package io.jejaring.plumbing.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * Replaces the services' clock in tests: it follows the system clock, shifted by however far a test moved it.
 * Inject it and call {@link #advance(Duration)}; {@link #reset()} puts it back.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> frozen = new AtomicReference<>();

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
        frozen.updateAndGet(instant -> instant == null ? null : instant.plus(duration));
    }

    /** Stops the clock at {@code instant}, so that figures that decay with time can be compared exactly. */
    public void freezeAt(Instant instant) {
        frozen.set(instant);
    }

    public void reset() {
        offset.set(Duration.ZERO);
        frozen.set(null);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen.get();
        return stopped != null ? stopped : Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Jejaring keeps time in UTC");
    }
}
