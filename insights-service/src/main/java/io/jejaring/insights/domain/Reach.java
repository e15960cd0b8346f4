package io.jejaring.insights.domain;

import java.time.Instant;

/**
 * The owner's network at a glance. This version counts contacts and overdue relationships; strength, layers,
 * breadth, diversity, reciprocity and integrity join it as the interaction projection lands.
 */
public record Reach(long totalContacts, long overdueCount, Instant computedAt) {
}
