package io.jejaring.plumbing.consume;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next try after a transient failure: exponential with full jitter, capped. The
 * ceiling doubles from {@code base} with each attempt up to {@code cap}, and the wait is uniform below it, so
 * consumers that failed together (the two sides of a deadlock) do not retry in lockstep.
 */
public record RetryBackoff(Duration base, Duration cap) {

    public static final RetryBackoff CONSUMER = new RetryBackoff(Duration.ofMillis(50), Duration.ofSeconds(5));

    /** The wait before retry number {@code attempt} (0 for the first), given a uniform random number in [0, 1). */
    public Duration delay(int attempt, DoubleSupplier random) {
        long ceiling = cap.toMillis();
        if (attempt < 31) {
            ceiling = Math.min(ceiling, base.toMillis() << attempt);
        }
        return Duration.ofMillis((long) (random.getAsDouble() * (ceiling + 1)));
    }
}
