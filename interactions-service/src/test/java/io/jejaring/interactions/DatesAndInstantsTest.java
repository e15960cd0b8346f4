package io.jejaring.interactions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A date is a date and an instant is an instant: neither is guessed at or truncated. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class DatesAndInstantsTest extends InteractionsTestBase {

    String promise(UUID contact, String dueOn) {
        return "{\"contactId\":\"" + contact + "\",\"direction\":\"I_PROMISED\",\"description\":\"send the deck\","
                + "\"dueOn\":\"" + dueOn + "\"}";
    }

    @Test
    void aDueDateGivenWithATimeIs400NotTruncated() {
        UUID ayu = knownContact(owner);
        for (String withTime : new String[] {"2026-12-24T09:30:00Z", "2026-12-24T09:30:00", "2026-12-24T00:00:00+07:00"}) {
            as(owner).body(promise(ayu, withTime)).post("/api/v1/commitments").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("dueOn"))
                    .body("errors.message", hasItem(containsString("YYYY-MM-DD")));
        }
        as(owner).body(promise(ayu, "2026-12-24")).post("/api/v1/commitments").then().statusCode(201)
                .body("dueOn", equalTo("2026-12-24"));
    }

    @Test
    void interactionBoundsAreInstantsAndADateIs400SayingSo() {
        as(owner).queryParam("from", "2026-01-01").get("/api/v1/interactions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", contains("from"))
                .body("errors.message", contains(containsString("not a date")));
        as(owner).queryParam("to", "2026-01-31").get("/api/v1/interactions").then().statusCode(400)
                .body("errors.field", contains("to"));
        as(owner).queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-02-01T00:00:00Z")
                .get("/api/v1/interactions").then().statusCode(200);
    }

    @Test
    void interactionsFromAfterToIs400AsOnEveryRange() {
        as(owner).queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/interactions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("from")).body("errors.message", contains("must not be after to"));
    }
}
