package io.jejaring.insights.formula;

import java.time.Duration;
import java.time.Instant;

/**
 * Tie strength {@code S(t) = Σ w · 2^(−(t − t_k)/H)}, kept exactly and incrementally.
 * <p>
 * Each term is stored as a "mass" relative to a fixed epoch, {@code w · 2^((t_k − E)/H)}, so that the sum of masses
 * times {@code 2^(−(t − E)/H)} is S at any t. Adding, editing or removing an interaction adds or subtracts its
 * own mass; nothing else has to be touched, and back-dated interactions are no different from new ones.
 */
public final class TieStrength {

    /** Masses are relative to this instant; doubles keep them exact enough for centuries on either side. */
    public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private TieStrength() {
    }

    /** The mass of a term of weight {@code weight} at {@code occurredAt}. */
    public static double mass(double weight, Instant occurredAt, Duration halfLife) {
        return weight * Math.pow(2, halfLives(EPOCH, occurredAt, halfLife));
    }

    /** S at {@code now} of a relationship whose terms add up to {@code mass}. */
    public static double valueAt(double mass, Instant now, Duration halfLife) {
        return mass == 0 ? 0 : mass * Math.pow(2, -halfLives(EPOCH, now, halfLife));
    }

    /** The mass above which S exceeds {@code threshold} at {@code now}: ranking by S is ranking by mass. */
    public static double massFor(double threshold, Instant now, Duration halfLife) {
        return threshold * Math.pow(2, halfLives(EPOCH, now, halfLife));
    }

    private static double halfLives(Instant from, Instant to, Duration halfLife) {
        return (double) Duration.between(from, to).toMillis() / halfLife.toMillis();
    }
}
