package io.jejaring.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.web.people.RelationshipClient.StrengthPoint;

class StrengthSeriesTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-01");

    @Test
    void thePeakIsTheStrongestDayAndTheEarliestOfEquals() {
        StrengthSeries flat = new StrengthSeries(List.of(new StrengthPoint(DAY, 0), new StrengthPoint(DAY.plusDays(1), 0)));
        assertThat(flat.peak().date()).isEqualTo(DAY);

        StrengthSeries series = new StrengthSeries(List.of(new StrengthPoint(DAY, 1), new StrengthPoint(DAY.plusDays(1), 3),
                new StrengthPoint(DAY.plusDays(2), 3), new StrengthPoint(DAY.plusDays(3), 2)));
        assertThat(series.peak()).isEqualTo(new StrengthPoint(DAY.plusDays(1), 3));
        assertThat(series.newestFirst()).extracting(StrengthPoint::strength).containsExactly(2.0, 3.0, 3.0, 1.0);
    }

    @Test
    void thePlotCountsDaysInSecondsFromTheirUtcStart() {
        StrengthSeries series = new StrengthSeries(List.of(new StrengthPoint(DAY, 0.5), new StrengthPoint(DAY.plusDays(1), 0.25)));
        assertThat(series.plotData()).isEqualTo(new StrengthSeries.PlotData(List.of(1772323200L, 1772409600L),
                List.of(0.5, 0.25)));
    }
}
