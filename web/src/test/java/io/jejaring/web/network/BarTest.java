package io.jejaring.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarTest {

    @Test
    void theLengthIsTheShareOfTheLongestInStepsOfFive() {
        assertThat(Bar.length(12, 12)).isEqualTo(100);
        assertThat(Bar.length(6, 12)).isEqualTo(50);
        assertThat(Bar.length(0.72, 1)).isEqualTo(70);
        assertThat(Bar.length(0.48, 1)).isEqualTo(50);
    }

    @Test
    void nothingHasNoBarAndAnythingAboveNothingStillShows() {
        assertThat(Bar.length(0, 12)).isZero();
        assertThat(Bar.length(0, 0)).isZero();
        assertThat(Bar.length(1, 1000)).isEqualTo(5);
    }

    @Test
    void theShareOfATotal() {
        assertThat(Bar.of("PHONE", 6, 14).share(47)).isEqualTo(6 / 47.0);
        assertThat(Bar.of("PHONE", 0, 0).share(0)).isZero();
    }
}
