package io.jejaring.interactions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.Initiator;
import io.jejaring.interactions.capture.CapturedItem;
import io.jejaring.interactions.capture.CapturedItem.Participant;
import io.jejaring.interactions.client.ContactsLookup;

/** Who an item is with, once contacts-service has said who each address is. */
class CapturePlanTest {

    static final UUID AYU = UUID.randomUUID();
    static final UUID BUDI = UUID.randomUUID();
    static final Map<String, UUID> WHO = Map.of("me@example.org", ContactsLookup.ME, "ayu@example.org", AYU,
            "budi@example.com", BUDI);

    static CapturedItem meeting(String organizer, Participant... participants) {
        return new CapturedItem("ical:x|2026-11-02T02:00:00Z", 3, Instant.parse("2026-11-02T02:00:00Z"), 30, Channel.VIDEO,
                "1:1", organizer, List.of(participants), 12, null);
    }

    @Test
    void theContactsAreEveryMatchedParticipantButTheOwnerAndThoseWhoDeclined() {
        Map<String, Integer> unmatched = new HashMap<>();

        CaptureWriter.Planned plan = CaptureService.plan(meeting("budi@example.com",
                new Participant("budi@example.com", false), new Participant("me@example.org", false),
                new Participant("ayu@example.org", true), new Participant("citra@example.net", false),
                new Participant("dewi@example.net", true)), WHO, unmatched);

        assertThat(plan.draft().contactIds()).containsExactly(BUDI);
        assertThat(plan.draft().initiatedBy()).isEqualTo(Initiator.THEM);
        assertThat(plan.draft().channel()).isEqualTo(Channel.VIDEO);
        assertThat(plan.draft().durationMinutes()).isEqualTo(30);
        assertThat(plan.sequence()).isEqualTo(3);
        assertThat(plan.key()).hasSize(64).doesNotContain("ical");
        assertThat(unmatched).containsOnly(Map.entry("citra@example.net", 1));
    }

    @Test
    void anEventTheOwnerDeclinedIsLeftOutAndTheOwnersOwnIsInitiatedByMe() {
        assertThat(CaptureService.plan(meeting("ayu@example.org", new Participant("ayu@example.org", false),
                new Participant("me@example.org", true)), WHO, new HashMap<>())).isNull();

        CaptureWriter.Planned mine = CaptureService.plan(meeting("me@example.org", new Participant("me@example.org", false),
                new Participant("ayu@example.org", false)), WHO, new HashMap<>());
        assertThat(mine.draft().initiatedBy()).isEqualTo(Initiator.ME);
        assertThat(mine.draft().contactIds()).containsExactly(AYU);
    }

    @Test
    void anItemWithNoMatchedContactIsLeftOutButItsAddressesAreCounted() {
        Map<String, Integer> unmatched = new HashMap<>();

        assertThat(CaptureService.plan(meeting("me@example.org", new Participant("me@example.org", false),
                new Participant("citra@example.net", false)), WHO, unmatched)).isNull();
        CaptureService.plan(meeting(null, new Participant("citra@example.net", false)), WHO, unmatched);

        assertThat(unmatched).containsOnly(Map.entry("citra@example.net", 2));
    }
}
