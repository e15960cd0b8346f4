package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.Map;

/** The owner's network at a glance: {@code GET /reach}, and the figures of each daily snapshot. */
public record Reach(
        long totalContacts,
        int activeContacts,
        int secondDegreeReach,
        Map<String, Integer> layers,
        Breadth breadth,
        Diversity diversity,
        Map<String, Integer> channelMix,
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
    public record ReciprocityFigures(int me, int them, Double initiationBalance) {
    }

    /** Help and knowledge given and received over the last 365 days, and (gave − received)/(gave + received). */
    public record Generosity(int gave, int received, Double balance) {
    }

    /** Promises kept and broken: mine, and theirs to me. */
    public record IntegrityFigures(int kept, int broken, Double keptRate, int theirKept, int theirBroken, Double theirKeptRate) {
    }
}
