package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundedTest {

    @Test
    void floatingPointNoiseIsRoundedAway() {
        assertThat(Rounded.decimal(0.9999999999999999, 2)).isEqualTo("1.00");
        assertThat(Rounded.decimal(0.30000000000000004, 2)).isEqualTo("0.30");
        assertThat(Rounded.decimal(3.456, 1)).isEqualTo("3.5");
        assertThat(Rounded.decimal(2.0, 1)).isEqualTo("2.0");
    }

    @Test
    void ratesAreWholePercentages() {
        assertThat(Rounded.percent(0.6666666666666666)).isEqualTo("67%");
        assertThat(Rounded.percent(0.9999999999999999)).isEqualTo("100%");
        assertThat(Rounded.percent(0.0)).isEqualTo("0%");
    }

    @Test
    void balancesCarryTheirSignAndATinyNegativeIsZero() {
        assertThat(Rounded.signed(0.1)).isEqualTo("+0.10");
        assertThat(Rounded.signed(-0.25)).isEqualTo("-0.25");
        assertThat(Rounded.signed(-0.000001)).isEqualTo("0.00");
    }

    @Test
    void aFigureThatCannotBeComputedSaysSo() {
        assertThat(Rounded.decimal(null, 2)).isEqualTo("n/a");
        assertThat(Rounded.percent(null)).isEqualTo("n/a");
        assertThat(Rounded.signed(null)).isEqualTo("n/a");
        assertThat(Rounded.decimal(Double.NaN, 2)).isEqualTo("n/a");
    }
}
