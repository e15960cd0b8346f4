package io.jejaring.insights.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to {@code POST /admin/rebuild}: the replay has started, over this many partitions. */
@Schema(description = "A rebuild has started; the replay runs on after the answer.", requiredProperties = {"status", "partitions"})
public record RebuildStarted(
        @Schema(description = "Always `rebuilding`.", enumeration = "rebuilding") String status,
        @Schema(description = "How many topic partitions the replay reads from their start.", minimum = "0") int partitions) {

    static RebuildStarted of(int partitions) {
        return new RebuildStarted("rebuilding", partitions);
    }
}
