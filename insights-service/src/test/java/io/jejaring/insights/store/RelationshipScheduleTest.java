package io.jejaring.insights.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The due and fading dates a relationship stores: from its last interaction, else its creation, by Cadence. */
class RelationshipScheduleTest {

    static Relationship relationship(Instant createdAt, Instant lastInteractionAt, Integer cadenceDays) {
        Relationship relationship = new Relationship();
        relationship.createdAt = createdAt;
        relationship.lastInteractionAt = lastInteractionAt;
        relationship.cadenceDays = cadenceDays;
        return relationship;
    }

    @Test
    void countsWhole24HourPeriodsAcrossADaylightSavingChange() {
        Relationship relationship = relationship(Instant.parse("2026-02-01T12:00:00Z"),
                Instant.parse("2026-03-01T12:00:00Z"), 30);
        relationship.schedule(0.75);
        assertThat(relationship.dueAt).isEqualTo("2026-03-31T12:00:00Z");
        assertThat(relationship.fadingAt).isEqualTo("2026-03-24T00:00:00Z");
    }

    @Test
    void countsFromCreationUntilTheFirstInteraction() {
        Relationship relationship = relationship(Instant.parse("2026-10-01T12:00:00Z"), null, 30);
        relationship.schedule(0.75);
        assertThat(relationship.dueAt).isEqualTo("2026-10-31T12:00:00Z");
    }

    @Test
    void aPlaceholderOrATombstoneIsNeverDue() {
        Relationship placeholder = relationship(null, Instant.parse("2026-10-01T12:00:00Z"), null);
        placeholder.schedule(0.75);
        assertThat(placeholder.dueAt).isNull();
        assertThat(placeholder.fadingAt).isNull();

        Relationship tombstone = relationship(Instant.parse("2026-10-01T12:00:00Z"), null, 30);
        tombstone.deleted = true;
        tombstone.schedule(0.75);
        assertThat(tombstone.dueAt).isNull();
    }
}
