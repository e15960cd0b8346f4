package io.jejaring.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.web.network.ReachClient.Day;
import io.jejaring.web.network.ReachClient.Reach;
import io.jejaring.web.network.ReachSeries.Point;

class ReachSeriesTest {

    private static Reach reach(int active, int secondDegree, String computedAt) {
        return new Reach(40, active, secondDegree, null, null, null, null, null, null, null, 3,
                computedAt == null ? null : Instant.parse(computedAt));
    }

    @Test
    void theDaysComeOldestFirstAndTodaysFiguresReplaceTodaysSnapshot() {
        List<Day> history = List.of(
                new Day(LocalDate.parse("2026-03-02"), reach(17, 55, "2026-03-02T23:00:00Z")),
                new Day(LocalDate.parse("2026-03-01"), reach(16, 50, "2026-03-01T23:00:00Z")));

        ReachSeries series = ReachSeries.of(history, reach(18, 57, "2026-03-02T09:00:00Z"));

        assertThat(series.points()).containsExactly(
                new Point(LocalDate.parse("2026-03-01"), 16, 50, 40, 3),
                new Point(LocalDate.parse("2026-03-02"), 18, 57, 40, 3));
        assertThat(series.newestFirst()).extracting(Point::day)
                .containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01"));
    }

    @Test
    void todayIsAddedAfterTheLastSnapshotAndLeftOutWhenUnknown() {
        List<Day> history = List.of(new Day(LocalDate.parse("2026-03-01"), reach(16, 50, null)));

        assertThat(ReachSeries.of(history, reach(18, 57, "2026-03-03T09:00:00Z")).last())
                .isEqualTo(new Point(LocalDate.parse("2026-03-03"), 18, 57, 40, 3));
        assertThat(ReachSeries.of(history, null).points()).containsExactly(new Point(LocalDate.parse("2026-03-01"), 16, 50, 40, 3));
        assertThat(ReachSeries.of(List.of(), null).isEmpty()).isTrue();
    }

    @Test
    void thePlotGetsSecondsAtTheStartOfEachUtcDayAndOneArrayPerLine() {
        ReachSeries series = ReachSeries.of(List.of(new Day(LocalDate.parse("2026-03-01"), reach(16, 50, null))),
                reach(18, 57, "2026-03-02T09:00:00Z"));

        assertThat(series.plotData()).isEqualTo(new ReachSeries.PlotData(
                List.of(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond(), Instant.parse("2026-03-02T00:00:00Z").getEpochSecond()),
                List.of(16L, 18L), List.of(50L, 57L)));
    }
}
