package io.jejaring.web.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jejaring.web.network.ReachClient.Day;
import io.jejaring.web.network.ReachClient.Reach;

/**
 * Reach over time, one point per day (UTC), oldest first: the daily snapshots, with today's figures in place of
 * today's snapshot so the plot ends where the table of figures now does.
 */
public record ReachSeries(List<Point> points) {

    public record Point(LocalDate day, long activeContacts, long secondDegreeReach, long totalContacts, long overdueCount) {

        /** The day's start in seconds since the epoch, as the plot's x axis counts. */
        public long epochSecond() {
            return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }
    }

    /** The data static/network.js hands to uPlot: the x values and one array per line. */
    public record PlotData(List<Long> days, List<Long> active, List<Long> secondDegree) {
    }

    /** {@code now} is null when insights-service did not give today's figures. */
    public static ReachSeries of(List<Day> history, Reach now) {
        Map<LocalDate, Point> byDay = new TreeMap<>();
        for (Day day : history) {
            byDay.put(day.day(), point(day.day(), day.figures()));
        }
        if (now != null && now.computedAt() != null) {
            LocalDate today = now.computedAt().atZone(ZoneOffset.UTC).toLocalDate();
            byDay.put(today, point(today, now));
        }
        return new ReachSeries(List.copyOf(byDay.values()));
    }

    private static Point point(LocalDate day, Reach figures) {
        return new Point(day, figures.activeContacts(), figures.secondDegreeReach(), figures.totalContacts(),
                figures.overdueCount());
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Whether there is a day before the last one, to compare the last with. */
    public boolean hasStart() {
        return points.size() > 1;
    }

    public Point first() {
        return points.get(0);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** Newest first, as a reader scans a table. */
    public List<Point> newestFirst() {
        List<Point> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);
        return reversed;
    }

    public PlotData plotData() {
        return new PlotData(points.stream().map(Point::epochSecond).toList(),
                points.stream().map(Point::activeContacts).toList(),
                points.stream().map(Point::secondDegreeReach).toList());
    }
}
