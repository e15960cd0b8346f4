package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /reach/history} is a series of days: its bounds are dates, and an instant is refused, not truncated. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class HistoryDatesTest {

    final String owner = TestTokens.newOwner();

    @Test
    void anInstantForADayIs400SayingADateHasNoTime() {
        for (String bound : new String[] {"from", "to"}) {
            given().auth().oauth2(TestTokens.forOwner(owner)).queryParam(bound, "2026-01-01T00:00:00Z")
                    .get("/api/v1/insights/reach/history").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains(bound))
                    .body("errors.message", contains(containsString("without a time")));
        }
        given().auth().oauth2(TestTokens.forOwner(owner)).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .get("/api/v1/insights/reach/history").then().statusCode(200);
    }
}
