package io.jejaring.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.Topics;
import io.jejaring.interactions.capture.Fixtures;
import io.jejaring.interactions.domain.CaptureWriter;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code POST /import} of calendar and mail exports: who is who comes from contacts-service's lookup (the stub),
 * each item becomes an ordinary interaction once, a higher SEQUENCE updates it, and one import runs per owner.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class CaptureTest extends InteractionsTestBase {

    static final String CALENDAR = "text/calendar";
    static final String MBOX = "application/mbox";
    /** The fixtures' "now": after every event they expect to see, before the ones they expect to be left out. */
    static final Instant FIXTURES_NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    CaptureWriter writer;

    UUID ayu;
    UUID budi;

    @BeforeEach
    void ownerWithTwoContactsAndAProfile() {
        clock.freezeAt(FIXTURES_NOW);
        ayu = knownContact(owner);
        budi = knownContact(owner);
        ContactsServiceStub.ADDRESSES.put(owner, Map.of("me@example.org", ContactsServiceStub.ME,
                "ayu@example.org", ayu.toString(), "budi@example.com", budi.toString()));
    }

    @AfterEach
    void clockBack() {
        clock.reset();
        ContactsServiceStub.LOOKUP_DOWN.set(false);
    }

    JsonPath capture(String ownerId, String mediaType, byte[] file) {
        return as(ownerId).contentType(mediaType).body(file).post("/api/v1/interactions/import").then().statusCode(200)
                .extract().jsonPath();
    }

    JsonPath interactionsWith(String ownerId, UUID contact) {
        return as(ownerId).get("/api/v1/interactions?contactId=" + contact).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCalendarBecomesOneInteractionPerStartedOccurrenceAndAReimportCreatesNothing() {
        JsonPath first = capture(owner, CALENDAR, Fixtures.bytes("google.ics"));

        assertThat(first.getInt("created")).isEqualTo(4); // three weekly 1:1s with Ayu, one lunch with Budi
        assertThat(first.getInt("updated")).isZero();
        assertThat(first.getInt("alreadyImported")).isZero();
        assertThat(first.getInt("ignored")).isEqualTo(2); // cancelled, not started yet
        assertThat(first.getList("unmatched")).isEmpty(); // Citra declined, the room is no one
        assertThat(first.getList("errors.line")).hasSize(1);
        JsonPath withAyu = interactionsWith(owner, ayu);
        assertThat(withAyu.getList("items.occurredAt")).containsExactly("2026-11-23T02:00:00Z", "2026-11-17T07:00:00Z",
                "2026-11-02T02:00:00Z");
        assertThat(withAyu.getList("items.channel")).containsOnly("VIDEO");
        assertThat(withAyu.getList("items.initiatedBy")).containsOnly("ME");
        JsonPath withBudi = interactionsWith(owner, budi);
        assertThat(withBudi.getList("items.channel")).containsExactly("IN_PERSON");
        assertThat(withBudi.getList("items.initiatedBy")).containsExactly("THEM");
        assertThat(withBudi.getList("items.durationMinutes")).containsExactly(60);
        assertThat(withBudi.getList("items.contactIds[0]")).containsExactly(budi.toString());

        JsonPath again = capture(owner, CALENDAR, Fixtures.bytes("google.ics"));

        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("alreadyImported")).isEqualTo(4);
        assertThat(interactionsWith(owner, ayu).getList("items")).hasSize(3);
    }

    @Test
    void aHigherSequenceUpdatesTheInteractionAndTheSameSequenceChangesNothing() {
        String id = null;
        assertThat(capture(owner, CALENDAR, event(0, "Kopi", "100000")).getInt("created")).isEqualTo(1);
        id = interactionsWith(owner, ayu).getString("items[0].id");

        JsonPath updated = capture(owner, CALENDAR, event(1, "Kopi darat", "113000"));

        assertThat(updated.getInt("updated")).isEqualTo(1);
        assertThat(updated.getInt("created")).isZero();
        as(owner).get("/api/v1/interactions/" + id).then().statusCode(200).body("summary", equalTo("Kopi darat"))
                .body("durationMinutes", equalTo(90)).body("version", equalTo(2));
        JsonPath same = capture(owner, CALENDAR, event(1, "Kopi darat", "113000"));
        assertThat(same.getInt("alreadyImported")).isEqualTo(1);
        assertThat(interactionsWith(owner, ayu).getList("items")).hasSize(1);
    }

    @Test
    void anMboxMakesOneEmailInteractionPerMessageWithAContactOnceEachAndListsWhoIsUnmatched() {
        JsonPath first = capture(owner, MBOX, Fixtures.bytes("gmail.mbox"));

        assertThat(first.getInt("created")).isEqualTo(2); // the reply is in the file twice
        assertThat(first.getInt("ignored")).isEqualTo(2); // a newsletter, a mailing list
        assertThat(first.getList("unmatched.address")).containsExactly("unknown.person@example.net");
        assertThat(first.getList("unmatched.occurrences")).containsExactly(1);
        JsonPath withAyu = interactionsWith(owner, ayu);
        assertThat(withAyu.getList("items.channel")).containsOnly("EMAIL");
        assertThat(withAyu.getList("items.initiatedBy")).containsExactly("ME", "THEM"); // newest first
        assertThat(withAyu.getList("items.summary")).containsExactly("Re: kopi darat?", "Terima kasih atas intronya \uD83D\uDE4F");
        assertThat(interactionsWith(owner, budi).getList("items")).hasSize(1);

        assertThat(capture(owner, MBOX, Fixtures.bytes("gmail.mbox")).getInt("alreadyImported")).isEqualTo(2);
    }

    @Test
    void noEmailAddressReachesTheInteractionEvents() {
        capture(owner, MBOX, Fixtures.bytes("gmail.mbox"));

        List<ConsumerRecord<String, String>> events = TopicReader.awaitForOwner(Topics.INTERACTIONS, owner, 2,
                Duration.ofSeconds(30));
        assertThat(events).allSatisfy(event -> assertThat(event.value()).doesNotContain("@").doesNotContain("kopi"));
    }

    @Test
    void anotherOwnersImportOfTheSameFileMakesItsOwnInteractionsAndLeavesTheseAlone() {
        capture(owner, CALENDAR, Fixtures.bytes("google.ics"));
        String other = TestTokens.newOwner();
        UUID theirAyu = knownContact(other);
        ContactsServiceStub.ADDRESSES.put(other, Map.of("ayu@example.org", theirAyu.toString()));

        JsonPath theirs = capture(other, CALENDAR, Fixtures.bytes("google.ics"));

        assertThat(theirs.getInt("created")).isEqualTo(3); // Budi is no contact of theirs
        assertThat(theirs.getInt("alreadyImported")).isZero();
        assertThat(theirs.getList("unmatched.address")).contains("budi@example.com", "me@example.org");
        assertThat(interactionsWith(other, theirAyu).getList("items.contactIds[0]")).containsOnly(theirAyu.toString());
        assertThat(interactionsWith(owner, ayu).getList("items")).hasSize(3);
        assertThat(interactionsWith(other, ayu).getList("items")).isEmpty();
    }

    @Test
    void aSecondImportWhileOneRunsIs409() {
        assertThat(writer.startRun(owner, Instant.now(), Instant.now().minus(Duration.ofHours(1)))).isTrue();
        try {
            as(owner).contentType(CALENDAR).body(Fixtures.bytes("google.ics")).post("/api/v1/interactions/import").then()
                    .statusCode(409).contentType(PROBLEM);
        } finally {
            writer.endRun(owner);
        }
        assertThat(capture(owner, CALENDAR, Fixtures.bytes("google.ics")).getInt("created")).isEqualTo(4);
    }

    @Test
    void contactsServiceDownIs503AndNothingIsWritten() {
        ContactsServiceStub.LOOKUP_DOWN.set(true);

        as(owner).contentType(MBOX).body(Fixtures.bytes("gmail.mbox")).post("/api/v1/interactions/import").then()
                .statusCode(503).contentType(PROBLEM);

        assertThat(interactionsWith(owner, ayu).getList("items")).isEmpty();
        ContactsServiceStub.LOOKUP_DOWN.set(false);
        assertThat(capture(owner, MBOX, Fixtures.bytes("gmail.mbox")).getInt("created")).isEqualTo(2);
    }

    @Test
    void aFileOfTheWrongKindIs400AndAnUnknownMediaTypeIs415() {
        as(owner).contentType(CALENDAR).body("hello".getBytes(StandardCharsets.UTF_8)).post("/api/v1/interactions/import")
                .then().statusCode(400).contentType(PROBLEM);
        as(owner).contentType(MBOX).body(Fixtures.bytes("google.ics")).post("/api/v1/interactions/import")
                .then().statusCode(400).contentType(PROBLEM);
        as(owner).contentType("text/plain").body("From x").post("/api/v1/interactions/import")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void addressesAreLookedUpInBatchesOfAtMostAThousand() {
        StringBuilder cc = new StringBuilder("ayu@example.org");
        for (int i = 0; i < 1201; i++) {
            cc.append(",\r\n person").append(i).append("@example.net");
        }
        String mbox = "From - Mon Nov 02 10:00:00 2026\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nFrom: me@example.org\n"
                + "To: budi@example.com\nCc: " + cc + "\nMessage-ID: <many@example.org>\n\nbody\n";
        ContactsServiceStub.LOOKUP_SIZES.clear();

        JsonPath answer = capture(owner, MBOX, mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getInt("created")).isEqualTo(1);
        assertThat(answer.getList("unmatched")).hasSize(1201);
        assertThat(ContactsServiceStub.LOOKUP_SIZES).containsExactly(1000, 204); // 1201 people, Ayu, Budi and me
        assertThat(interactionsWith(owner, budi).getList("items[0].contactIds")).hasSize(2);
    }

    /** A one-event calendar with Ayu, at the given SEQUENCE, summary and end time. */
    static byte[] event(int sequence, String summary, String endTime) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:sequence-test\r\n"
                + "DTSTART:20261120T100000Z\r\nDTEND:20261120T" + endTime + "Z\r\nSEQUENCE:" + sequence + "\r\n"
                + "SUMMARY:" + summary + "\r\nORGANIZER:mailto:me@example.org\r\nATTENDEE:mailto:ayu@example.org\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
