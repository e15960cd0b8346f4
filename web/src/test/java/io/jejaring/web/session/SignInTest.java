package io.jejaring.web.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.localinfra.TokenIssuer;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class SignInTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
        FakeServices.answerAnEmptyToday();
    }

    @Test
    void aOneTimeLinkGivesAStrictHttpOnlySessionCookieAndWorksOnce() {
        String code = FakeServices.tokens().signInCode("owner-a");
        Response first = given().redirects().follow(false).queryParam("code", code).get("/signin");
        assertThat(first.statusCode()).isEqualTo(200);
        String setCookie = first.getHeaders().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains(SessionCookie.NAME + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .doesNotContain("Secure");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-store");

        given().redirects().follow(false).queryParam("code", code).get("/signin").then().statusCode(401);
    }

    @Test
    void theServicesAreCalledWithATokenForTheOwnerOfTheSession() {
        SignedIn.as("owner-a").get("/").then().statusCode(200);

        assertThat(FakeServices.calls()).isNotEmpty().allSatisfy(call -> {
            assertThat(call.authorization()).startsWith("Bearer ");
            assertThat(TokenClaims.subject(call.authorization().substring(7))).isEqualTo("owner-a");
        });
    }

    @Test
    void forgedExpiredOrGarbledCodesAreRefused() {
        given().queryParam("code", TokenIssuer.generate().signInCode("owner-a")).get("/signin").then().statusCode(401)
                .body(containsString("expired or was already used"));
        given().queryParam("code", FakeServices.tokens().token("owner-a")).get("/signin").then().statusCode(401);
        given().queryParam("code", "not-a-code").get("/signin").then().statusCode(401);
    }

    @Test
    void withoutASessionAPageSendsToSignInAndAPostIsRefused() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/signin"));
        given().redirects().follow(false).cookie(SessionCookie.NAME, "made-up").get("/").then().statusCode(303);
        given().redirects().follow(false).post("/signout").then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSession() {
        String session = SignedIn.session("owner-a");
        Response page = given().cookie(SessionCookie.NAME, session).get("/");
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().redirects().follow(false).cookie(SessionCookie.NAME, session).cookies(page.getDetailedCookies())
                .formParam("csrf-token", csrf).post("/signout").then().statusCode(303)
                .header("Location", containsString("/signed-out"));

        given().redirects().follow(false).cookie(SessionCookie.NAME, session).get("/").then().statusCode(303);
    }

    @Test
    void everyPageForbidsInlineScriptFramingAndSniffing() {
        SignedIn.as("owner-a").get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }
}
