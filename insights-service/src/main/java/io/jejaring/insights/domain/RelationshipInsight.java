package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.jejaring.insights.formula.Integrity;
import io.jejaring.insights.formula.Reciprocity;

/** One relationship in full: {@code GET /insights/contacts/{id}}. */
public record RelationshipInsight(
        UUID contactId,
        double strength,
        int layer,
        Instant lastInteractionAt,
        Instant dueAt,
        Double overdueRatio,
        Long daysOverdue,
        Integer cadenceDays,
        boolean keepInTouch,
        Balances balances,
        Commitments commitments,
        List<Flag> flags) {

    public enum Flag {
        OVERDUE, ONE_SIDED, YOU_OWE, FADING
    }

    /** Over the last 365 days, per (interaction, contact) pair. */
    public record Balances(int me, int them, int gave, int received, Double initiation, Double exchange) {

        static Balances of(Reciprocity counts) {
            return new Balances(counts.me(), counts.them(), counts.gave(), counts.received(), counts.initiationBalance(),
                    counts.exchangeBalance());
        }
    }

    /** Promises I made to them, and they made to me. */
    public record Commitments(Promises mine, Promises theirs) {
    }

    public record Promises(int kept, int broken, int open, int openPastDue, Double keptRate) {

        static Promises of(Integrity integrity) {
            return new Promises(integrity.kept(), integrity.broken(), integrity.open(), integrity.openPastDue(),
                    integrity.keptRate());
        }
    }
}
