package io.jejaring.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WhenTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** A Wednesday afternoon in Jakarta (UTC+7). */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 2, 16, 30, 0, 0, JAKARTA);

    static ZonedDateTime at(String text) {
        return When.moment(text, NOW).atZone(JAKARTA);
    }

    @ParameterizedTest
    @CsvSource({
            "now, 2026-12-02T16:30",
            "today, 2026-12-02T16:30",
            "15:00, 2026-12-02T15:00",
            "yesterday 15:00, 2026-12-01T15:00",
            "Yesterday, 2026-12-01T16:30",
            "friday 9:05, 2026-11-27T09:05",
            "fri 09:05, 2026-11-27T09:05",
            "wednesday 08:00, 2026-12-02T08:00",
            "2026-11-28, 2026-11-28T16:30",
            "2026-11-28 07:15, 2026-11-28T07:15",
            "2026-11-28T07:15, 2026-11-28T07:15"})
    void momentsAreInTheLocalZoneAndAWeekdayIsTheLastOne(String text, String local) {
        assertThat(at(text).toLocalDateTime()).hasToString(local);
    }

    @Test
    void aMomentIsAnInstantOfTheLocalZone() {
        assertThat(When.moment("yesterday 15:00", NOW)).hasToString("2026-12-01T08:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "17:00", "today 16:45", "2026-12-03"})
    void aMomentInTheFutureIsRefused(String text) {
        assertThatThrownBy(() -> When.moment(text, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in the future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterdy", "someday 15:00", "25:00", "12:60", "2026-02-30", "last friday", "3pm"})
    void anythingElseIsRefusedWithTheFormsItTakes(String text) {
        assertThatThrownBy(() -> When.moment(text, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
        assertThatThrownBy(() -> When.moment("yesterdy", NOW)).hasMessageContaining(When.FORMS);
    }

    @ParameterizedTest
    @CsvSource({
            "today, 2026-12-02",
            "tomorrow, 2026-12-03",
            "friday, 2026-12-04",
            "Fri, 2026-12-04",
            "wednesday, 2026-12-02",
            "tuesday, 2026-12-08",
            "2027-01-15, 2027-01-15",
            "yesterday, 2026-12-01"})
    void aDueDayIsAWeekdayComingOrToday(String text, LocalDate day) {
        assertThat(When.dueDay(text, NOW.toLocalDate())).isEqualTo(day);
    }

    @Test
    void aDueDayHasNoTime() {
        assertThatThrownBy(() -> When.dueDay("friday 15:00", NOW.toLocalDate())).hasMessageContaining("is not a day");
        assertThatThrownBy(() -> When.dueDay("15:00", NOW.toLocalDate())).hasMessageContaining("is not a day");
    }

    @Test
    void aClockChangeDoesNotBreakATime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime afterTheChange = ZonedDateTime.of(2026, 3, 29, 12, 0, 0, 0, berlin);
        // 02:30 does not exist that night in Berlin: it is the first valid time after the gap.
        assertThat(When.moment("today 02:30", afterTheChange).atZone(berlin).toLocalTime()).hasToString("03:30");
    }
}
