package io.jejaring.insights.formula;

/**
 * Promises in one direction: kept, broken, and open past their due date. Cancelled ones don't count.
 * {@code keptRate = kept / (kept + broken + open past due)}, or null when there is nothing to rate.
 */
public record Integrity(int kept, int broken, int openPastDue, int open) {

    public static final Integrity NONE = new Integrity(0, 0, 0, 0);

    public Double keptRate() {
        int rated = kept + broken + openPastDue;
        return rated == 0 ? null : (double) kept / rated;
    }
}
