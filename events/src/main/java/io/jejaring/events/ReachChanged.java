package io.jejaring.events;

import java.time.Instant;
import java.util.Map;

/**
 * Data of {@link EventTypes#REACH_CHANGED}: the owner's network figures after a change. {@code layers} maps each
 * layer, as the keys {@code "1"} to {@code "5"} (all five present), to its number of contacts.
 */
public record ReachChanged(
        String ownerId,
        int activeContacts,
        int secondDegreeReach,
        Map<String, Integer> layers,
        Breadth breadth,
        Diversity diversity,
        Instant computedAt) {

    /** Distinct communities, cultures and age bands among the active contacts. */
    public record Breadth(int communities, int cultures, int ageBands) {
    }

    /** Normalized Blau index (IQV) of each attribute over the active contacts, each 0 to 1. */
    public record Diversity(double community, double culture, double ageBand) {
    }
}
