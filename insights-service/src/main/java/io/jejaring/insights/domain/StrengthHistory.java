package io.jejaring.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One relationship's tie strength over time: {@code GET /insights/contacts/{id}/strength-history}. */
@Schema(description = "One relationship's tie strength over time, oldest first.",
        requiredProperties = {"contactId", "points"})
public record StrengthHistory(UUID contactId, List<Point> points) {

    @Schema(name = "StrengthPoint", description = "The tie strength at the end of one day (UTC); today's is now.",
            requiredProperties = {"date", "strength"})
    public record Point(
            @Schema(description = "The day (UTC).", implementation = String.class, type = SchemaType.STRING, format = "date",
                    examples = "2026-03-01")
            LocalDate date,
            @Schema(description = "Tie strength at the end of that day, or now for today.") double strength) {
    }
}
