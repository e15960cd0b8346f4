package io.jejaring.insights.formula;

import java.time.Duration;
import java.time.Instant;

/**
 * The due-date arithmetic. {@code last} is the latest interaction, or the contact's creation if there is none;
 * {@code dueAt = last + cadence}; {@code overdueRatio = (now − last) / cadence}. A cadence is a number of 24-hour
 * periods on the UTC timeline, never calendar days in some zone: a daylight-saving change does not move a due date.
 * The projection stores what {@link #dueAt} and {@link #fadingAt} answer; nothing else computes them.
 */
public final class Cadence {

    private Cadence() {
    }

    public static Instant dueAt(Instant last, int cadenceDays) {
        return last.plus(Duration.ofDays(cadenceDays));
    }

    /** Where FADING starts: the given share of the cadence after {@code last}. */
    public static Instant fadingAt(Instant last, int cadenceDays, double fadingRatio) {
        return last.plus(Duration.ofMillis(Math.round(Duration.ofDays(cadenceDays).toMillis() * fadingRatio)));
    }

    public static double overdueRatio(Instant last, int cadenceDays, Instant now) {
        return (double) Duration.between(last, now).toMillis() / Duration.ofDays(cadenceDays).toMillis();
    }

    /** Whole days past the due date: {@code floor((now − dueAt) / 1 day)}. */
    public static long daysOverdue(Instant dueAt, Instant now) {
        return Math.floorDiv(Duration.between(dueAt, now).toMillis(), Duration.ofDays(1).toMillis());
    }
}
