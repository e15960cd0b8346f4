package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.insights.formula.Integrity;
import io.jejaring.insights.store.CommitmentFacts;

/** Promises per direction: kept, broken, open, and open past due (before today, UTC). */
@ApplicationScoped
public class CommitmentCounts {

    @Inject
    CommitmentFacts facts;

    @Inject
    Clock clock;

    /** Per contact and direction. */
    public Map<UUID, Map<CommitmentDirection, Integrity>> perContact(String ownerId, UUID onlyContact) {
        return facts.counts(ownerId, today(), onlyContact);
    }

    /** Summed over all contacts, per direction. */
    public Map<CommitmentDirection, Integrity> total(String ownerId) {
        Map<CommitmentDirection, Integrity> totals = new EnumMap<>(CommitmentDirection.class);
        for (CommitmentDirection direction : CommitmentDirection.values()) {
            totals.put(direction, Integrity.NONE);
        }
        facts.counts(ownerId, today(), null).values().forEach(perDirection -> perDirection
                .forEach((direction, integrity) -> totals.merge(direction, integrity, CommitmentCounts::sum)));
        return totals;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Integrity sum(Integrity a, Integrity b) {
        return new Integrity(a.kept() + b.kept(), a.broken() + b.broken(), a.openPastDue() + b.openPastDue(), a.open() + b.open());
    }
}
