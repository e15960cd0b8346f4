package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.insights.formula.Integrity;
import io.jejaring.insights.formula.Reciprocity;

/** One relationship in full: {@code GET /insights/contacts/{id}}. */
@Schema(description = "One relationship in full.", requiredProperties = {"contactId", "strength", "layer",
        "lastInteractionAt", "dueAt", "overdueRatio", "daysOverdue", "cadenceDays", "keepInTouch", "balances",
        "commitments", "flags"})
public record RelationshipInsight(
        UUID contactId,
        @Schema(description = "Tie strength, decayed to now.") double strength,
        @Schema(description = "The Dunbar layer by tie strength: 1 (the closest 5) to 5.") int layer,
        @Schema(description = "The last interaction; null before the first.", nullable = true) Instant lastInteractionAt,
        @Schema(description = "When the next interaction is due; null when the owner does not keep in touch.",
                nullable = true) Instant dueAt,
        @Schema(description = "Time since the last interaction over the cadence.", nullable = true) Double overdueRatio,
        @Schema(description = "Whole days past the due date; negative while it is still ahead.", nullable = true) Long daysOverdue,
        @Schema(description = "The effective cadence, in days.", nullable = true) Integer cadenceDays,
        boolean keepInTouch,
        Balances balances,
        Commitments commitments,
        List<Flag> flags) {

    public enum Flag {
        OVERDUE, ONE_SIDED, YOU_OWE, FADING
    }

    /** Over the last 365 days, per (interaction, contact) pair. */
    public record Balances(int me, int them, int gave, int received, @Schema(nullable = true) Double initiation,
            @Schema(nullable = true) Double exchange) {

        static Balances of(Reciprocity counts) {
            return new Balances(counts.me(), counts.them(), counts.gave(), counts.received(), counts.initiationBalance(),
                    counts.exchangeBalance());
        }
    }

    /** Promises I made to them, and they made to me. */
    public record Commitments(Promises mine, Promises theirs) {
    }

    public record Promises(int kept, int broken, int open, int openPastDue, @Schema(nullable = true) Double keptRate) {

        static Promises of(Integrity integrity) {
            return new Promises(integrity.kept(), integrity.broken(), integrity.open(), integrity.openPastDue(),
                    integrity.keptRate());
        }
    }
}
