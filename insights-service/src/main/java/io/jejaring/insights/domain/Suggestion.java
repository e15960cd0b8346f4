package io.jejaring.insights.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone to reach out to this week, with the reasons: a code, the numbers behind it, and a sentence. */
@Schema(description = "Someone to reach out to, with the reasons.", requiredProperties = {"contactId", "priority", "layer",
        "overdueRatio", "reasons"})
public record Suggestion(
        UUID contactId,
        @Schema(description = "Higher comes first.") double priority,
        @Schema(description = "The Dunbar layer by tie strength: 1 (the closest 5) to 5.") int layer,
        @Schema(description = "Time since the last interaction over the cadence; null with no cadence or interaction yet.",
                nullable = true) Double overdueRatio,
        List<Reason> reasons) {

    /** No names or descriptions: clients resolve the contact's name through contacts-service. */
    @Schema(description = "Why: a code, the numbers behind it, and a sentence. No names: ask contacts-service for them.",
            requiredProperties = {"code", "numbers", "text"})
    public record Reason(
            @Schema(description = "OVERDUE, FADING, PROMISE_DUE or YOU_OWE.") String code,
            @Schema(description = "The numbers behind the reason, by name, such as daysOverdue and cadenceDays.") Map<String, Number> numbers,
            @Schema(description = "The reason in one sentence.") String text) {
    }
}
