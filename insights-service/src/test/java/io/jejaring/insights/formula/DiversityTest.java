package io.jejaring.insights.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiversityTest {

    @Test
    void twoEvenCategoriesAreFullyDiverse() {
        // p = 1/2, 1/2: Blau = 0.5, K = 2, IQV = 0.5 / 0.5 = 1
        assertThat(Diversity.iqv(List.of(List.of("a"), List.of("b")))).isCloseTo(1, within(1e-12));
    }

    @Test
    void unevenCategories() {
        // a, a, a, b: p = 3/4, 1/4; Blau = 1 − 9/16 − 1/16 = 0.375; IQV = 0.375 / 0.5 = 0.75
        assertThat(Diversity.iqv(List.of(List.of("a"), List.of("a"), List.of("a"), List.of("b"))))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aContactInSeveralCommunitiesSplitsItsShare() {
        // x in {a, b}, y in {a}: a = 1.5, b = 0.5 of 2; p = 3/4, 1/4 → IQV 0.75
        assertThat(Diversity.iqv(List.of(List.of("a", "b"), List.of("a")))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void unknownsAreLeftOutAndOneCategoryIsZero() {
        assertThat(Diversity.iqv(List.of(List.of("a"), List.of(), List.of("a")))).isZero();
        assertThat(Diversity.iqv(List.of(List.of(), List.of()))).isZero();
        // three even categories and an unknown: Blau = 2/3, K = 3, IQV = 1
        assertThat(Diversity.iqv(List.of(List.of("a"), List.of("b"), List.of("c"), List.of()))).isCloseTo(1, within(1e-12));
    }

    @Test
    void breadthCountsDistinctValues() {
        assertThat(Diversity.breadth(List.of(List.of("a", "b"), List.of("a"), List.of()))).isEqualTo(2);
    }
}
