package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owner's network at a glance: {@code GET /reach}, and the figures of each daily snapshot. */
@Schema(description = "The owner's network at a glance.", requiredProperties = {"totalContacts", "activeContacts",
        "secondDegreeReach", "layers", "breadth", "diversity", "channelMix", "reciprocity", "generosity", "integrity",
        "overdueCount", "computedAt"})
public record Reach(
        long totalContacts,
        int activeContacts,
        @Schema(description = "The active contacts together with the owner's contacts joined to one of them by a"
                + " connection or an introduction.") int secondDegreeReach,
        @Schema(description = "How many contacts are in each Dunbar layer, \"1\" (closest) to \"5\".") Map<String, Integer> layers,
        Breadth breadth,
        Diversity diversity,
        @Schema(description = "Interactions per channel.") Map<String, Integer> channelMix,
        ReciprocityFigures reciprocity,
        Generosity generosity,
        IntegrityFigures integrity,
        long overdueCount,
        Instant computedAt) {

    /** Distinct communities, cultures and age bands among the active contacts. */
    public record Breadth(int communities, int cultures, int ageBands) {
    }

    /** The normalised Blau index (IQV, 0 to 1) of each attribute over the active contacts. */
    public record Diversity(double community, double culture, double ageBand) {
    }

    /** Who reached out, over the last 365 days: me, them, and (me − them)/(me + them). */
    public record ReciprocityFigures(int me, int them, @Schema(nullable = true) Double initiationBalance) {
    }

    /** Help and knowledge given and received over the last 365 days, and (gave − received)/(gave + received). */
    public record Generosity(int gave, int received, @Schema(nullable = true) Double balance) {
    }

    /** Promises kept and broken: mine, and theirs to me. */
    public record IntegrityFigures(int kept, int broken, @Schema(nullable = true) Double keptRate, int theirKept,
            int theirBroken, @Schema(nullable = true) Double theirKeptRate) {
    }
}
