package io.jejaring.interactions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactsMerged;
import io.jejaring.events.EventContract;
import io.jejaring.events.EventTypes;
import io.jejaring.events.OwnerErased;
import io.jejaring.events.Topics;
import io.jejaring.interactions.store.KnownContact;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class CommitmentsAndErasureTest extends InteractionsTestBase {

    static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    String promise(UUID contact, String direction, String dueOn) {
        return as(owner).body("{\"contactId\":\"" + contact + "\",\"direction\":\"" + direction
                + "\",\"description\":\"send the deck\",\"dueOn\":\"" + dueOn + "\",\"status\":\"KEPT\"}")
                .post("/api/v1/commitments").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
    }

    @Test
    void aCommitmentIsMadeOpenAndResolvedOnce() {
        UUID ayu = knownContact(owner);
        String id = promise(ayu, "I_PROMISED", "2026-12-24");
        as(owner).body("{\"status\":\"OPEN\"}").patch("/api/v1/commitments/" + id).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(owner).header("If-Match", "\"5\"").body("{\"status\":\"KEPT\"}").patch("/api/v1/commitments/" + id)
                .then().statusCode(412);
        as(owner).contentType("application/merge-patch+json").body("{\"status\":\"KEPT\"}")
                .patch("/api/v1/commitments/" + id).then().statusCode(200).body("status", equalTo("KEPT")).header("ETag", "\"2\"");
        as(owner).body("{\"status\":\"BROKEN\"}").patch("/api/v1/commitments/" + id).then().statusCode(409)
                .contentType(PROBLEM);

        List<ConsumerRecord<String, String>> events = TopicReader.await(Topics.INTERACTIONS,
                record -> owner.equals(record.key()) && type(record).startsWith("io.jejaring.commitment"), 2, Duration.ofSeconds(30));
        assertThat(events).extracting(CommitmentsAndErasureTest::type)
                .containsExactly(EventTypes.COMMITMENT_MADE, EventTypes.COMMITMENT_RESOLVED);
        EventContract contract = EventContract.load();
        events.forEach(event -> contract.assertValid(type(event), event.value()));
        assertThat(events.get(0).value()).doesNotContain("deck").contains("\"dueOn\":\"2026-12-24\"");
    }

    @Test
    void commitmentsListByStatusAndContactSoonestFirst() {
        UUID ayu = knownContact(owner);
        UUID budi = knownContact(owner);
        String late = promise(ayu, "I_PROMISED", "2027-01-10");
        String soon = promise(budi, "THEY_PROMISED", "2026-12-01");
        String kept = promise(ayu, "I_PROMISED", "2026-12-05");
        as(owner).body("{\"status\":\"KEPT\"}").patch("/api/v1/commitments/" + kept).then().statusCode(200);

        as(owner).get("/api/v1/commitments").then().body("items.id", contains(soon, kept, late));
        as(owner).queryParam("status", "OPEN").get("/api/v1/commitments").then().body("items.id", contains(soon, late));
        as(owner).queryParam("contactId", ayu.toString()).queryParam("limit", 1).get("/api/v1/commitments").then()
                .body("items.id", contains(kept));
        as(owner).queryParam("status", "MAYBE").get("/api/v1/commitments").then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.newOwner()).get("/api/v1/commitments").then().body("items", empty());
    }

    @Test
    void badCommitmentsAndOtherOwnersAreRefused() {
        UUID ayu = knownContact(owner);
        String[][] cases = {
                {"{\"contactId\":\"" + ayu + "\",\"direction\":\"I_PROMISED\",\"description\":\"x\",\"dueOn\":\"31/12/2026\"}", "dueOn"},
                {"{\"contactId\":\"" + ayu + "\",\"direction\":\"WE_PROMISED\",\"description\":\"x\",\"dueOn\":\"2026-12-31\"}", "direction"},
                {"{\"contactId\":\"" + ayu + "\",\"direction\":\"I_PROMISED\",\"dueOn\":\"2026-12-31\"}", "description"},
                {"{\"contactId\":\"" + ayu + "\",\"direction\":\"I_PROMISED\",\"description\":\"x\"}", "dueOn"},
                {"{\"contactId\":\"nope\",\"direction\":\"I_PROMISED\",\"description\":\"x\",\"dueOn\":\"2026-12-31\"}", "contactId"}};
        for (String[] invalid : cases) {
            as(owner).body(invalid[0]).post("/api/v1/commitments").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(invalid[1]));
        }
        as(owner).body("{\"contactId\":\"" + UUID.randomUUID() + "\",\"direction\":\"I_PROMISED\",\"description\":\"x\","
                + "\"dueOn\":\"2026-12-31\"}").post("/api/v1/commitments").then().statusCode(422);
        as(owner).body("{\"contactId\":\"" + ayu + "\",\"interactionId\":\"" + UUID.randomUUID()
                + "\",\"direction\":\"I_PROMISED\",\"description\":\"x\",\"dueOn\":\"2026-12-31\"}")
                .post("/api/v1/commitments").then().statusCode(422);
        String id = promise(ayu, "I_PROMISED", "2026-12-31");
        String stranger = TestTokens.newOwner();
        as(stranger).get("/api/v1/commitments/" + id).then().statusCode(404).contentType(PROBLEM);
        as(stranger).body("{\"status\":\"KEPT\"}").patch("/api/v1/commitments/" + id).then().statusCode(404);
        as(owner).get("/api/v1/commitments/not-an-id").then().statusCode(404);
        given().get("/api/v1/commitments").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aDeletedContactLeavesEveryInteractionAndItsCommitmentsAreErased() {
        UUID gone = knownContact(owner);
        UUID stays = knownContact(owner);
        String alone = as(owner).body(interaction(gone)).post("/api/v1/interactions").then().extract().path("id");
        String shared = as(owner).body(interaction(gone, stays)).post("/api/v1/interactions").then().extract().path("id");
        String promise = promise(gone, "I_PROMISED", "2026-12-31");

        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(gone, owner, 2));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(owner).get("/api/v1/interactions/" + alone).then().statusCode(404));
        as(owner).get("/api/v1/interactions/" + shared).then().statusCode(200)
                .body("contactIds", contains(stays.toString())).body("version", equalTo(2));
        as(owner).get("/api/v1/commitments/" + promise).then().statusCode(404);
        as(owner).body(interaction(gone)).post("/api/v1/interactions").then().statusCode(422);

        List<ConsumerRecord<String, String>> events = TopicReader.await(Topics.INTERACTIONS,
                record -> owner.equals(record.key()) && type(record).startsWith("io.jejaring.interaction"), 4, Duration.ofSeconds(30));
        assertThat(events).extracting(CommitmentsAndErasureTest::type).containsExactlyInAnyOrder(
                EventTypes.INTERACTION_LOGGED, EventTypes.INTERACTION_LOGGED, EventTypes.INTERACTION_DELETED,
                EventTypes.INTERACTION_UPDATED);
    }

    @Test
    void anErasedOwnerKeepsNoInteractionOrCommitmentButTheErasureRecord() {
        UUID erased = knownContact(owner);
        String left = as(owner).body(interaction(erased)).post("/api/v1/interactions").then().extract().path("id");
        String promise = promise(erased, "THEY_PROMISED", "2026-12-31");
        // as when the contact's deletion raced with these writes: the contact is a tombstone, its writes remain
        tombstone(owner, erased);
        UUID after = knownContact(owner);
        String kept = as(owner).body(interaction(after)).post("/api/v1/interactions").then().extract().path("id");

        TestEvents.publish(Topics.CONTACTS, EventTypes.OWNER_ERASED, owner, new OwnerErased(owner, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> erasureRecords(owner) == 1);
        as(owner).get("/api/v1/interactions/" + left).then().statusCode(404);
        as(owner).get("/api/v1/commitments/" + promise).then().statusCode(404);
        as(owner).get("/api/v1/interactions/" + kept).then().statusCode(200);
        List<ConsumerRecord<String, String>> deleted = TopicReader.await(Topics.INTERACTIONS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.INTERACTION_DELETED), 1,
                Duration.ofSeconds(30));
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).value()).contains(left);
    }

    static void tombstone(String ownerId, UUID contactId) {
        QuarkusTransaction.requiringNew().run(() -> KnownContact.getEntityManager().createNativeQuery(
                "UPDATE known_contact SET deleted = true, version = version + 1 WHERE owner_id = ?1 AND contact_id = ?2")
                .setParameter(1, ownerId).setParameter(2, contactId).executeUpdate());
    }

    static long erasureRecords(String ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) KnownContact.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM owner_erasure WHERE owner_id = ?1")
                .setParameter(1, ownerId).getSingleResult()).longValue());
    }

    @Test
    void aMergedContactsInteractionsAndCommitmentsMoveToTheKeptOne() {
        UUID kept = knownContact(owner);
        UUID merged = knownContact(owner);
        String both = as(owner).body(interaction(kept, merged)).post("/api/v1/interactions").then().extract().path("id");
        String only = as(owner).body(interaction(merged)).post("/api/v1/interactions").then().extract().path("id");
        String promise = promise(merged, "THEY_PROMISED", "2026-12-31");

        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_MERGED, owner, new ContactsMerged(owner, kept, merged, 2));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(owner).get("/api/v1/interactions/" + only).then().body("contactIds", contains(kept.toString())));
        as(owner).get("/api/v1/interactions/" + both).then().body("contactIds", contains(kept.toString()));
        as(owner).get("/api/v1/commitments/" + promise).then().body("contactId", equalTo(kept.toString()))
                .body("version", equalTo(2));
    }
}
