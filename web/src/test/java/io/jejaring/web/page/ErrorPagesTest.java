package io.jejaring.web.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ErrorPagesTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
        FakeServices.answerAnEmptyToday();
    }

    @Test
    void aTokenTheServicesRefuseEndsTheSessionAndAsksToSignInAgain() {
        FakeServices.answer("GET", "/api/v1/insights/overdue", 401, "{\"title\":\"Unauthorized\",\"status\":401}");
        String session = SignedIn.session("owner-a");

        given().redirects().follow(false).cookie(SessionCookie.NAME, session).get("/").then().statusCode(303)
                .header("Location", containsString("/signin"));

        FakeServices.answerAnEmptyToday();
        given().redirects().follow(false).cookie(SessionCookie.NAME, session).get("/").then().statusCode(303);
    }

    @Test
    void anUnknownPageIsAFriendly404InTheReadersLanguage() {
        SignedIn.as("owner-a").header("Accept-Language", "id").get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Tidak ditemukan"));
    }

    @Test
    void aServiceRefusingWhatWebAskedIsAnErrorPageWithoutAStackTrace() {
        FakeServices.answer("GET", "/api/v1/insights/overdue", 400, "{\"title\":\"Bad Request\",\"status\":400}");
        SignedIn.as("owner-a").get("/").then().statusCode(502).body(containsString("Something went wrong"))
                .body(not(containsString("Exception"))).body(not(containsString("at io.")));
    }

    @Test
    void aServiceThatIsDownIsNamedAndThePageStillRenders() {
        FakeServices.answer("GET", "/api/v1/insights/overdue", 503, "{\"title\":\"Unavailable\",\"status\":503}");
        SignedIn.as("owner-a").get("/").then().statusCode(200)
                .body(containsString("insights-service is unavailable right now"));
    }
}
