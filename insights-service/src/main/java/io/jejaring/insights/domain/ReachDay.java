package io.jejaring.insights.domain;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One day of {@code /reach/history}: the day (UTC) and the figures of {@code /reach} as they were that day. */
@Schema(description = "One day's snapshot of the owner's reach.", requiredProperties = {"day", "figures"})
public record ReachDay(
        @Schema(description = "The day (UTC).", type = SchemaType.STRING, format = "date", examples = "2026-03-01") String day,
        @Schema(description = "The figures of `getReach` as they were that day.", implementation = Reach.class) JsonNode figures) {
}
