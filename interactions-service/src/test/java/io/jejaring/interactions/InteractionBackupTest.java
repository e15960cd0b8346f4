package io.jejaring.interactions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * {@code GET /export} streams the owner's interactions and commitments, and {@code POST /import} restores them:
 * contacts through the map contacts-service answered, ids kept when free and remapped when taken, all or nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class InteractionBackupTest extends InteractionsTestBase {

    JsonPath export(String ownerId) {
        return as(ownerId).get("/api/v1/interactions/export").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
    }

    String post(String ownerId, String path, String body) {
        return as(ownerId).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    static String interactionItem(UUID id, UUID contact, String channel, Instant occurredAt) {
        return "{\"id\":\"" + id + "\",\"contactIds\":[\"" + contact + "\"],\"channel\":\"" + channel
                + "\",\"exchange\":\"RECEIVED\",\"occurredAt\":\"" + occurredAt + "\"}";
    }

    @Test
    void theExportHoldsEveryInteractionAndCommitmentOfThisOwnerOnly() {
        UUID ayu = knownContact(owner);
        String older = post(owner, "/api/v1/interactions", interaction(ayu).replace("IN_PERSON", "PHONE")
                .replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2026-01-02T03:04:05Z\""));
        String newer = post(owner, "/api/v1/interactions", interaction(ayu));
        String promise = post(owner, "/api/v1/commitments", "{\"contactId\":\"" + ayu + "\",\"interactionId\":\"" + newer
                + "\",\"direction\":\"I_PROMISED\",\"description\":\"send the deck\",\"dueOn\":\"2026-02-01\"}");
        as(owner).body("{\"status\":\"KEPT\"}").patch("/api/v1/commitments/" + promise).then().statusCode(200);
        String other = TestTokens.newOwner();
        String theirs = post(other, "/api/v1/interactions", interaction(knownContact(other)));

        JsonPath export = export(owner);
        assertThat(export.getList("interactions.id")).containsExactly(newer, older);
        assertThat(export.getString("interactions[0].summary")).isEqualTo("kopi darat");
        assertThat(export.getList("commitments.id")).containsExactly(promise);
        assertThat(export.getString("commitments[0].status")).isEqualTo("KEPT");
        assertThat(export.getString("commitments[0].interactionId")).isEqualTo(newer);
        assertThat(export(other).getList("interactions.id")).containsExactly(theirs);
        assertThat(export(other).getList("commitments")).isEmpty();
    }

    @Test
    void aRestoreIntoAnotherOwnerFollowsTheContactMapAndRemapsTakenIds() {
        UUID ayu = knownContact(owner);
        String logged = post(owner, "/api/v1/interactions", interaction(ayu));
        String promise = post(owner, "/api/v1/commitments", "{\"contactId\":\"" + ayu + "\",\"interactionId\":\"" + logged
                + "\",\"direction\":\"THEY_PROMISED\",\"description\":\"intro to the CTO\",\"dueOn\":\"2026-03-01\"}");
        as(owner).body("{\"status\":\"BROKEN\"}").patch("/api/v1/commitments/" + promise).then().statusCode(200);
        String backup = as(owner).get("/api/v1/interactions/export").then().statusCode(200).extract().asString();

        String other = TestTokens.newOwner();
        UUID restoredAyu = knownContact(other);
        String body = "{\"contactIds\":{\"" + ayu + "\":\"" + restoredAyu + "\"}," + backup.substring(backup.indexOf('{') + 1);
        JsonPath answer = as(other).body(body).post("/api/v1/interactions/import").then().statusCode(200)
                .body("interactions", equalTo(1)).body("commitments", equalTo(1)).extract().jsonPath();
        String newInteraction = answer.getString("interactionIds.'" + logged + "'");
        assertThat(newInteraction).as("the id is the first owner's, so it is taken").isNotEqualTo(logged);

        JsonPath restored = export(other);
        JsonPath original = JsonPath.from(backup);
        assertThat(restored.getList("interactions.id")).containsExactly(newInteraction);
        assertThat(restored.getList("interactions[0].contactIds")).containsExactly(restoredAyu.toString());
        for (String field : List.of("channel", "initiatedBy", "exchange", "occurredAt", "summary", "createdAt")) {
            assertThat(restored.getString("interactions[0]." + field)).as(field)
                    .isEqualTo(original.getString("interactions[0]." + field));
        }
        assertThat(restored.getString("commitments[0].id")).isEqualTo(answer.getString("commitmentIds.'" + promise + "'"));
        assertThat(restored.getString("commitments[0].contactId")).isEqualTo(restoredAyu.toString());
        assertThat(restored.getString("commitments[0].interactionId")).isEqualTo(newInteraction);
        assertThat(restored.getString("commitments[0].status")).isEqualTo("BROKEN");
        assertThat(export(owner).getList("interactions.id")).as("the first owner keeps its own").containsExactly(logged);
    }

    @Test
    void freeIdsAreKeptAndAnExportOfManyPagesStreamsThemAll() {
        UUID ayu = knownContact(owner);
        List<String> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Instant start = Instant.parse("2025-06-01T00:00:00Z");
        for (int i = 0; i < 1_203; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            items.add(interactionItem(id, ayu, "MESSAGE", start.plusSeconds(60L * (i / 2))));
        }
        as(owner).body("{\"interactions\":[" + String.join(",", items) + "]}").post("/api/v1/interactions/import")
                .then().statusCode(200).body("interactions", equalTo(1_203))
                .body("interactionIds.'" + ids.get(7) + "'", equalTo(ids.get(7)));
        as(owner).get("/api/v1/interactions/" + ids.get(7)).then().statusCode(200).body("exchange", equalTo("RECEIVED"));
        List<String> exported = export(owner).getList("interactions.id");
        assertThat(exported).hasSize(1_203).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void theIdOfADeletedInteractionIsNotReusedSinceConsumersKeepItsTombstone() {
        UUID ayu = knownContact(owner);
        String gone = post(owner, "/api/v1/interactions", interaction(ayu));
        as(owner).delete("/api/v1/interactions/" + gone).then().statusCode(204);
        String now = as(owner).body("{\"interactions\":[" + interactionItem(UUID.fromString(gone), ayu, "PHONE",
                Instant.parse("2026-01-01T00:00:00Z")) + "]}").post("/api/v1/interactions/import").then().statusCode(200)
                .extract().path("interactionIds.'" + gone + "'");
        assertThat(now).isNotEqualTo(gone);
        assertThat(export(owner).getList("interactions.id")).containsExactly(now);
    }

    @Test
    void aBadItemRejectsTheWholeBackupAndNamesIt() {
        UUID ayu = knownContact(owner);
        String good = interactionItem(UUID.randomUUID(), ayu, "PHONE", Instant.parse("2026-01-01T00:00:00Z"));
        String id = UUID.randomUUID().toString();
        String promise = "{\"contactId\":\"" + ayu + "\",\"direction\":\"I_PROMISED\",\"description\":\"x\",\"dueOn\":\"2026-02-01\"";
        Map<String, String> badBodies = Map.of(
                "{\"interactions\":[" + good + ",{\"contactIds\":[\"" + ayu + "\"],\"channel\":\"FAX\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}]}",
                "interactions[1].channel",
                "{\"interactions\":[" + good + "," + interactionItem(null, ayu, "PHONE", Instant.now().plusSeconds(3600)).replace("\"id\":\"null\",", "") + "]}",
                "interactions[1].occurredAt",
                "{\"interactions\":[" + good + ",{\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}]}",
                "interactions[1].contactIds",
                "{\"interactions\":[" + good + "],\"commitments\":[" + promise + ",\"status\":\"DONE\"}]}", "commitments[0].status",
                "{\"interactions\":[" + good + "],\"commitments\":[" + promise.replace("\"x\"", "\"\"") + "}]}", "commitments[0].description",
                "{\"interactions\":[" + good + "],\"commitments\":[" + promise.replace("2026-02-01", "1 Feb") + "}]}", "commitments[0].dueOn",
                "{\"commitments\":[{\"id\":\"" + id + "\"," + promise.substring(1) + "},{\"id\":\"" + id + "\"," + promise.substring(1) + "}]}", "commitments[1].id",
                "{\"contactIds\":{\"not-a-uuid\":\"" + ayu + "\"},\"interactions\":[" + good + "]}", "contactIds",
                "{\"interactions\":[" + good + ",\"x\"]}", "interactions[1]");
        badBodies.forEach((body, field) -> {
            ValidatableResponse answer = as(owner).body(body).post("/api/v1/interactions/import").then();
            assertThat(answer.extract().statusCode()).as(body).isEqualTo(400);
            answer.contentType(PROBLEM).body("errors.field", hasItem(containsString(field)));
        });
        as(owner).body("[]").post("/api/v1/interactions/import").then().statusCode(400).contentType(PROBLEM);
        as(owner).body("").post("/api/v1/interactions/import").then().statusCode(400).contentType(PROBLEM);
        as(owner).contentType("text/plain").body("hello").post("/api/v1/interactions/import").then().statusCode(415)
                .contentType(PROBLEM);
        JsonPath export = export(owner);
        assertThat(export.getList("interactions")).as("nothing of a rejected backup is written").isEmpty();
        assertThat(export.getList("commitments")).isEmpty();
    }

    @Test
    void anotherOwnersContactsAndInteractionsAre422AndNothingIsWritten() {
        UUID ayu = knownContact(owner);
        String them = TestTokens.newOwner();
        UUID theirContact = knownContact(them);
        String theirInteraction = post(them, "/api/v1/interactions", interaction(theirContact));
        String good = interactionItem(UUID.randomUUID(), ayu, "PHONE", Instant.parse("2026-01-01T00:00:00Z"));

        as(owner).body("{\"interactions\":[" + good + "," + interactionItem(UUID.randomUUID(), theirContact, "EMAIL",
                Instant.parse("2026-01-01T00:00:00Z")) + "]}").post("/api/v1/interactions/import").then()
                .statusCode(422).contentType(PROBLEM).body("detail", containsString("interactions[1]"));
        UUID backupContact = UUID.randomUUID();
        as(owner).body("{\"contactIds\":{\"" + backupContact + "\":\"" + theirContact + "\"},\"interactions\":[" + good + ","
                + interactionItem(UUID.randomUUID(), backupContact, "EMAIL", Instant.parse("2026-01-01T00:00:00Z")) + "]}")
                .post("/api/v1/interactions/import").then().statusCode(422).contentType(PROBLEM);
        as(owner).body("{\"interactions\":[" + good + "],\"commitments\":[{\"contactId\":\"" + ayu + "\",\"interactionId\":\""
                + theirInteraction + "\",\"direction\":\"I_PROMISED\",\"description\":\"x\",\"dueOn\":\"2026-02-01\"}]}")
                .post("/api/v1/interactions/import").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("commitments[0]"));

        assertThat(export(owner).getList("interactions")).as("nothing of a rejected backup is written").isEmpty();
        assertThat(export(them).getList("interactions.id")).containsExactly(theirInteraction);
    }

    @Test
    void exportAndImportNeedAToken() {
        given().get("/api/v1/interactions/export").then().statusCode(401).contentType(PROBLEM);
        given().contentType("application/json").body("{}").post("/api/v1/interactions/import").then().statusCode(401)
                .contentType(PROBLEM);
    }
}
