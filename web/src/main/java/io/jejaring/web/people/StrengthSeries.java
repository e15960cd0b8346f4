package io.jejaring.web.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import io.jejaring.web.people.RelationshipClient.StrengthPoint;

/** A relationship's tie strength over time, oldest first, as the person page plots it and tells it in words. */
public record StrengthSeries(List<StrengthPoint> points) {

    /** How many days back the person page shows. */
    static final int DAYS = 180;

    /** The data static/people.js hands to uPlot: the days (seconds since the epoch, UTC) and the strengths. */
    public record PlotData(List<Long> days, List<Double> strength) {
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public StrengthPoint first() {
        return points.get(0);
    }

    public StrengthPoint last() {
        return points.get(points.size() - 1);
    }

    /** The strongest point; the earliest of equals, so a flat line peaks where it starts. */
    public StrengthPoint peak() {
        return points.stream().max(Comparator.comparingDouble(StrengthPoint::strength)
                .thenComparing(StrengthPoint::date, Comparator.reverseOrder())).orElseThrow();
    }

    /** Newest first, as a reader scans a table. */
    public List<StrengthPoint> newestFirst() {
        List<StrengthPoint> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);
        return reversed;
    }

    public PlotData plotData() {
        return new PlotData(points.stream().map(point -> epochSecond(point.date())).toList(),
                points.stream().map(StrengthPoint::strength).toList());
    }

    private static long epochSecond(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
