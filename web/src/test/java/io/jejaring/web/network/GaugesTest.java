package io.jejaring.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jejaring.web.network.Gauges.Balance;
import io.jejaring.web.network.Gauges.Keeping;

class GaugesTest {

    @Test
    void aBalanceWithinAFifthOfZeroIsEvenAndBeyondItLeansToOneSide() {
        assertThat(Gauges.balance(0.0)).isEqualTo(Balance.EVEN);
        assertThat(Gauges.balance(0.2)).isEqualTo(Balance.EVEN);
        assertThat(Gauges.balance(-0.2)).isEqualTo(Balance.EVEN);
        assertThat(Gauges.balance(0.21)).isEqualTo(Balance.MORE_MINE);
        assertThat(Gauges.balance(1.0)).isEqualTo(Balance.MORE_MINE);
        assertThat(Gauges.balance(-0.5)).isEqualTo(Balance.MORE_THEIRS);
    }

    @Test
    void nothingCountedIsSaidAsSuchNotAsEven() {
        assertThat(Gauges.balance(null)).isEqualTo(Balance.NONE);
        assertThat(Gauges.keeping(null)).isEqualTo(Keeping.NONE);
    }

    @Test
    void promisesKeptAreAlwaysFromNineInTenMostlyFromSevenAndOftenNotBelow() {
        assertThat(Gauges.keeping(1.0)).isEqualTo(Keeping.ALWAYS);
        assertThat(Gauges.keeping(0.9)).isEqualTo(Keeping.ALWAYS);
        assertThat(Gauges.keeping(0.88)).isEqualTo(Keeping.MOSTLY);
        assertThat(Gauges.keeping(0.7)).isEqualTo(Keeping.MOSTLY);
        assertThat(Gauges.keeping(0.69)).isEqualTo(Keeping.OFTEN_NOT);
        assertThat(Gauges.keeping(0.0)).isEqualTo(Keeping.OFTEN_NOT);
    }
}
