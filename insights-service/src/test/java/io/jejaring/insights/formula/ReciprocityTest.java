package io.jejaring.insights.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReciprocityTest {

    @Test
    void balances() {
        Reciprocity r = new Reciprocity(1, 3, 2, 1, 1);
        assertThat(r.gave()).isEqualTo(3);
        assertThat(r.received()).isEqualTo(2);
        assertThat(r.initiationBalance()).isEqualTo(-0.5);
        assertThat(r.exchangeBalance()).isEqualTo(0.2);
        assertThat(Reciprocity.NONE.initiationBalance()).isNull();
        assertThat(Reciprocity.NONE.exchangeBalance()).isNull();
    }

    @Test
    void oneSidedNeedsThreeGivesNothingBackAndThemReachingOut() {
        assertThat(new Reciprocity(0, 3, 3, 0, 0).oneSided(3)).isTrue();
        assertThat(new Reciprocity(0, 3, 2, 0, 0).oneSided(3)).isFalse();
        assertThat(new Reciprocity(0, 3, 3, 1, 0).oneSided(3)).isFalse();
        assertThat(new Reciprocity(0, 3, 3, 0, 1).oneSided(3)).isFalse();
        assertThat(new Reciprocity(2, 2, 3, 0, 0).oneSided(3)).isFalse();
    }

    @Test
    void youOweNeedsThreeReceivedAndNothingGivenBack() {
        assertThat(new Reciprocity(3, 0, 0, 3, 0).youOwe(3)).isTrue();
        assertThat(new Reciprocity(0, 3, 0, 2, 0).youOwe(3)).isFalse();
        assertThat(new Reciprocity(3, 0, 1, 3, 0).youOwe(3)).isFalse();
        assertThat(new Reciprocity(3, 0, 0, 3, 1).youOwe(3)).isFalse();
    }

    @Test
    void youOweHoldsWhoeverInitiated() {
        // they helped me three times unprompted: I owe them all the same
        assertThat(new Reciprocity(0, 3, 0, 3, 0).youOwe(3)).isTrue();
        assertThat(new Reciprocity(1, 1, 0, 3, 0).youOwe(3)).isTrue();
        assertThat(new Reciprocity(2, 5, 0, 4, 0).youOwe(3)).isTrue();
    }
}
