package io.jejaring.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TierTest {

    @Test
    void defaultCadencesFollowDunbarLayers() {
        assertEquals(7, Tier.INNER.defaultCadenceDays());
        assertEquals(30, Tier.CLOSE.defaultCadenceDays());
        assertEquals(90, Tier.ACTIVE.defaultCadenceDays());
        assertEquals(365, Tier.ACQUAINTANCE.defaultCadenceDays());
    }
}
