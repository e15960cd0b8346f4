package io.jejaring.events;

/** How close a relationship is, after Dunbar's 5/15/50/150 layers; each tier has a default keep-in-touch cadence. */
public enum Tier {
    INNER(7),
    CLOSE(30),
    ACTIVE(90),
    ACQUAINTANCE(365);

    private final int defaultCadenceDays;

    Tier(int defaultCadenceDays) {
        this.defaultCadenceDays = defaultCadenceDays;
    }

    /** Days between contacts when the contact has no cadence of its own. */
    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }
}
