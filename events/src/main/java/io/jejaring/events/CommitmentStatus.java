package io.jejaring.events;

/** Where a promise stands. A commitment starts OPEN; KEPT, BROKEN and CANCELLED resolve it for good. */
public enum CommitmentStatus {
    OPEN,
    KEPT,
    BROKEN,
    CANCELLED
}
