package io.jejaring.interactions.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.interactions.capture.CapturedItem.Participant;
import io.jejaring.plumbing.domain.DomainException;

class CalendarReaderTest {

    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    static CaptureFile read(String fixture) throws IOException {
        return CalendarReader.read(Fixtures.open(fixture), NOW);
    }

    static Map<Instant, CapturedItem> byStart(CaptureFile file) {
        return file.items().stream().collect(Collectors.toMap(CapturedItem::occurredAt, Function.identity()));
    }

    @Test
    void googleRecurrenceIsExpandedUpToNowWithExdateRemovedAndTheOverrideInItsPlace() throws IOException {
        CaptureFile file = read("google.ics");

        List<CapturedItem> weekly = file.items().stream().filter(item -> item.sourceKey().contains("weekly-1on1")).toList();
        assertThat(weekly).extracting(CapturedItem::occurredAt).containsExactly(
                Instant.parse("2026-11-02T02:00:00Z"), // 09:00 in Jakarta
                Instant.parse("2026-11-17T07:00:00Z"), // the 16th's occurrence, moved to the 17th at 14:00
                Instant.parse("2026-11-23T02:00:00Z")); // the 9th is an EXDATE; the 30th has not started by now
        assertThat(weekly).extracting(CapturedItem::durationMinutes).containsExactly(30, 60, 30);
        assertThat(weekly).extracting(CapturedItem::summary).containsExactly("1:1 Ayu", "1:1 Ayu (moved)", "1:1 Ayu");
        assertThat(weekly).allSatisfy(item -> assertThat(item.channel()).isEqualTo(Channel.VIDEO));
        // the override is keyed by the start it replaces, so a re-export that moves it again is the same occurrence
        assertThat(weekly.get(1).sourceKey()).isEqualTo("ical:weekly-1on1@google.com|2026-11-16T02:00:00Z");
        assertThat(weekly.get(1).sequence()).isEqualTo(1);
        assertThat(weekly.get(0).initiator()).isEqualTo("me@example.org");
    }

    @Test
    void googleRoomsAreNoParticipantsDeclinedAttendeesAreMarkedAndAddressesAreNormalised() throws IOException {
        CapturedItem lunch = byStart(read("google.ics")).get(Instant.parse("2026-11-10T02:00:00Z"));

        assertThat(lunch.participants()).containsExactly(new Participant("budi@example.com", false),
                new Participant("citra@example.net", true), new Participant("me@example.org", false));
        assertThat(lunch.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(lunch.initiator()).isEqualTo("budi@example.com");
        assertThat(lunch.sequence()).isEqualTo(2);
        assertThat(lunch.durationMinutes()).isEqualTo(60);
    }

    @Test
    void googleCancelledAndFutureEventsAreIgnoredAndABrokenEventIsReportedByItsLine() throws IOException {
        CaptureFile file = read("google.ics");

        assertThat(file.items()).hasSize(4);
        assertThat(file.items()).noneMatch(item -> item.sourceKey().contains("cancelled") || item.sourceKey().contains("future"));
        assertThat(file.ignored()).isEqualTo(2);
        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(Fixtures.lineOf("google.ics", "SUMMARY:Next month", "BEGIN:VEVENT"));
            assertThat(error.messageId()).isNull();
        });
    }

    @Test
    void outlookWindowsZoneNamesAreHonouredWithAndWithoutTheirVtimezone() throws IOException {
        Map<Instant, CapturedItem> items = byStart(read("outlook.ics"));

        CapturedItem review = items.get(Instant.parse("2026-11-19T03:00:00Z")); // 10:00 SE Asia Standard Time (+07)
        assertThat(review).isNotNull();
        assertThat(review.channel()).isEqualTo(Channel.VIDEO); // X-MICROSOFT-SKYPETEAMSMEETINGURL
        assertThat(review.initiator()).isEqualTo("dewi.kartika@example.com");
        assertThat(review.participants()).extracting(Participant::address)
                .containsExactly("dewi.kartika@example.com", "me@example.org"); // the room is no participant
        assertThat(review.summary()).isEqualTo("Quarterly review");
        // W. Europe Standard Time, with no VTIMEZONE in the file: Berlin, still on summer time on 20 October
        assertThat(items).containsKey(Instant.parse("2026-10-20T12:00:00Z"));
        assertThat(items.get(Instant.parse("2026-10-20T12:00:00Z")).channel()).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void outlookKeepsTheOwnersDeclineForTheRulesThatKnowWhoTheOwnerIs() throws IOException {
        CapturedItem declined = byStart(read("outlook.ics")).get(Instant.parse("2026-11-18T03:00:00Z"));

        assertThat(declined.participants()).contains(new Participant("me@example.org", true));
    }

    @Test
    void appleCountedRecurrenceCrossesTheDaylightSavingChangeAndDurationAndAllDayEventsAreRead() throws IOException {
        CaptureFile file = read("apple.ics");

        assertThat(file.errors()).isEmpty();
        assertThat(file.items()).extracting(CapturedItem::occurredAt).containsExactly(
                Instant.parse("2026-10-20T07:30:00Z"), Instant.parse("2026-10-27T08:30:00Z"),
                Instant.parse("2026-11-03T08:30:00Z"), Instant.parse("2026-11-05T17:00:00Z"),
                Instant.parse("2026-11-08T00:00:00Z"));
        CapturedItem dinner = byStart(file).get(Instant.parse("2026-11-05T17:00:00Z"));
        assertThat(dinner.durationMinutes()).isEqualTo(90);
        assertThat(dinner.channel()).isEqualTo(Channel.VIDEO); // a Zoom link in LOCATION
        assertThat(dinner.initiator()).isNull();
        assertThat(byStart(file).get(Instant.parse("2026-11-08T00:00:00Z")).durationMinutes()).isNull();
    }

    @Test
    void aFileThatIsNoCalendarIsRefused() {
        assertThatThrownBy(() -> CalendarReader.read(new ByteArrayInputStream(
                "From someone\nSubject: hi\n".getBytes(StandardCharsets.UTF_8)), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }
}
