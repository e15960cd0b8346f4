package io.jejaring.insights.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TieStrengthTest {

    static final Duration H = Duration.ofDays(90);
    static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    @Test
    void aTermHalvesEveryHalfLife() {
        double coffee = TieStrength.mass(3, NOW, H);
        assertThat(TieStrength.valueAt(coffee, NOW, H)).isCloseTo(3, within(1e-12));
        assertThat(TieStrength.valueAt(coffee, NOW.plus(H), H)).isCloseTo(1.5, within(1e-12));
        assertThat(TieStrength.valueAt(coffee, NOW.plus(H.multipliedBy(2)), H)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void termsAddAndAnEditSubtractsExactlyWhatItAdded() {
        // a call 90 days ago (2 · 0.5 = 1) and a coffee today (3): S = 4
        double call = TieStrength.mass(2, NOW.minus(H), H);
        double coffee = TieStrength.mass(3, NOW, H);
        assertThat(TieStrength.valueAt(call + coffee, NOW, H)).isCloseTo(4, within(1e-12));
        assertThat(TieStrength.valueAt(call + coffee - call, NOW, H)).isCloseTo(3, within(1e-12));
    }

    @Test
    void aGroupInteractionSharesItsWeight() {
        double share = TieStrength.mass(3.0 / 4, NOW, H);
        assertThat(TieStrength.valueAt(share, NOW, H)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void theThresholdMassRanksLikeS() {
        double threshold = TieStrength.massFor(0.05, NOW, H);
        assertThat(TieStrength.valueAt(threshold, NOW, H)).isCloseTo(0.05, within(1e-12));
        // an email 1 year and 10 days ago: 1 · 2^(-375/90) ≈ 0.0558, still just above the threshold
        double oldEmail = TieStrength.mass(1, NOW.minus(Duration.ofDays(375)), H);
        assertThat(TieStrength.valueAt(oldEmail, NOW, H)).isCloseTo(Math.pow(2, -375.0 / 90), within(1e-12));
        assertThat(oldEmail).isGreaterThan(threshold);
    }

    @Test
    void noTermsIsExactlyZero() {
        assertThat(TieStrength.valueAt(0, NOW, H)).isZero();
    }
}
