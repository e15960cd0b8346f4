package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.insights.store.StrengthTerms;
import io.jejaring.plumbing.domain.DomainException;

/**
 * A relationship's tie strength at the end of each day (UTC) of a span, from its interaction facts: each point sums
 * the masses of the terms up to the end of its day and decays them to that moment, as {@link TieStrength} does for
 * the current strength. Today's point is now, so it is the current strength. Up to {@link #DAILY_UP_TO} days the
 * points are daily; beyond, weekly (every 7th day back from today), so a two-year plot has about 100 points.
 */
@ApplicationScoped
public class StrengthHistories {

    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 730;
    public static final int DEFAULT_DAYS = 180;
    public static final int DAILY_UP_TO = 180;
    static final int WEEK = 7;

    @Inject
    StrengthTerms terms;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    /** The last {@code days} days (today included), oldest first; an unknown or deleted relationship is a 404. */
    public StrengthHistory of(String ownerId, UUID contactId, int days) {
        List<StrengthTerms.Term> facts = terms.of(ownerId, contactId)
                .orElseThrow(() -> DomainException.notFound("relationship"));
        Instant now = Instant.now(clock);
        List<StrengthHistory.Point> points = new ArrayList<>();
        int next = 0;
        double mass = 0;
        for (LocalDate day : days(LocalDate.ofInstant(now, ZoneOffset.UTC), days)) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            while (next < facts.size() && facts.get(next).occurredAt().isBefore(endOfDay)) {
                StrengthTerms.Term term = facts.get(next++);
                mass += TieStrength.mass(term.weightShare(), term.occurredAt(), parameters.halfLife());
            }
            Instant at = endOfDay.isAfter(now) ? now : endOfDay;
            points.add(new StrengthHistory.Point(day, TieStrength.valueAt(mass, at, parameters.halfLife())));
        }
        return new StrengthHistory(contactId, points);
    }

    /** The days shown, oldest first: every day of the span, or beyond {@link #DAILY_UP_TO} every 7th, ending today. */
    static List<LocalDate> days(LocalDate today, int days) {
        int step = days > DAILY_UP_TO ? WEEK : 1;
        List<LocalDate> shown = new ArrayList<>();
        for (int back = 0; back < days; back += step) {
            shown.add(today.minusDays(back));
        }
        Collections.reverse(shown);
        return shown;
    }
}
