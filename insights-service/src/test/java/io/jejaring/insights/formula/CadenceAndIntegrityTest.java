package io.jejaring.insights.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CadenceAndIntegrityTest {

    static final Instant LAST = Instant.parse("2026-10-01T12:00:00Z");

    @Test
    void dueDateRatioAndDaysOverdue() {
        Instant due = Cadence.dueAt(LAST, 30);
        assertThat(due).isEqualTo(Instant.parse("2026-10-31T12:00:00Z"));
        Instant now = Instant.parse("2026-11-12T11:00:00Z"); // 41 days 23 hours after LAST
        assertThat(Cadence.overdueRatio(LAST, 30, now)).isEqualTo((41 * 24 + 23) / (30.0 * 24));
        assertThat(Cadence.daysOverdue(due, now)).isEqualTo(11);
        assertThat(Cadence.daysOverdue(due, Instant.parse("2026-10-31T11:00:00Z"))).isEqualTo(-1);
        assertThat(Cadence.fadingAt(LAST, 40, 0.75)).isEqualTo(Instant.parse("2026-10-31T12:00:00Z"));
    }

    @Test
    void keptRateCountsOpenPastDueButNotCancelled() {
        assertThat(new Integrity(3, 1, 0, 2).keptRate()).isEqualTo(0.75);
        assertThat(new Integrity(2, 1, 1, 1).keptRate()).isEqualTo(0.5);
        assertThat(new Integrity(0, 0, 0, 4).keptRate()).isNull();
    }
}
