package io.jejaring.web.promises;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PromisesTest {

    static final String AYU = "0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10";
    static final String DEWI = "3e9f4f4b-7c5d-4f6b-8d8a-6c4a5e1b2d43";
    static final String DECK = "9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f";
    static final String INTRO = "9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e70";

    @BeforeEach
    void answers() {
        FakeServices.reset();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        FakeServices.answer("GET", "/api/v1/commitments", 200, """
                {"items":[
                 {"id":"%s","contactId":"%s","direction":"I_PROMISED","description":"send the deck","dueOn":"%s",
                  "status":"OPEN","version":3},
                 {"id":"%s","contactId":"%s","direction":"THEY_PROMISED","description":"an intro to the Surabaya chapter",
                  "dueOn":"%s","status":"OPEN","version":1}],
                 "nextCursor":null}""".formatted(DECK, AYU, today.minusDays(2), INTRO, DEWI, today.plusDays(20)));
        FakeServices.answer("GET", "/api/v1/contacts", 200, """
                {"items":[{"id":"%s","displayName":"Ayu Lestari"},{"id":"%s","displayName":"Dewi Anggraini"}]}"""
                .formatted(AYU, DEWI));
        FakeServices.answer("PATCH", "/api/v1/commitments/" + DECK, 200, """
                {"id":"%s","contactId":"%s","direction":"I_PROMISED","description":"send the deck","dueOn":"%s",
                 "status":"KEPT","version":4}""".formatted(DECK, AYU, today.minusDays(2)));
    }

    @Test
    void openPromisesInBothDirectionsByNameFromOneBatchCall() {
        Response page = SignedIn.as("owner-a").get("/promises");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.htmlPath().getList("**.find { it.@id == 'promises' }.tbody.tr.collect { it.td[0].text() }", String.class))
                .containsExactly("Ayu Lestari", "Dewi Anggraini");
        String text = page.asString().replaceAll("<[^>]*>", " ");
        assertThat(text).contains("You promised", "send the deck", "They promised", "an intro to the Surabaya chapter",
                "late").doesNotContain(AYU, DEWI, DECK);
        assertThat(page.htmlPath().getList("**.findAll { it.name() == 'form' && it.@class == 'resolve' }")).hasSize(2);
        assertThat(page.asString()).contains("name=\"status\" value=\"KEPT\"", "name=\"status\" value=\"BROKEN\"",
                "name=\"status\" value=\"CANCELLED\"");
        assertThat(FakeServices.calls().stream().filter(call -> call.pathAndQuery().startsWith("/api/v1/contacts")))
                .hasSize(1);
        assertThat(FakeServices.calls()).anySatisfy(call -> assertThat(call.pathAndQuery())
                .startsWith("/api/v1/commitments?").contains("status=OPEN"));
    }

    @Test
    void keptPatchesTheStatusOfTheVersionSeenAndTheRowSaysSo() {
        Response answer = resolve(DECK, "KEPT", "3", true);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.asString()).startsWith("<tr").contains("Kept. Well done.").contains("Ayu Lestari")
                .doesNotContain("<form");
        FakeServices.Call patch = FakeServices.calls().stream().filter(call -> call.method().equals("PATCH"))
                .findFirst().orElseThrow();
        assertThat(patch.pathAndQuery()).isEqualTo("/api/v1/commitments/" + DECK);
        assertThat(patch.ifMatch()).isEqualTo("\"3\"");
        assertThat(patch.body().replace(" ", "")).isEqualTo("{\"status\":\"KEPT\"}");
    }

    @Test
    void withoutJavaScriptAResolveGoesBackToThePage() {
        Response answer = resolve(DECK, "CANCELLED", "3", false);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).endsWith("/promises");
        assertThat(FakeServices.calls()).anySatisfy(call -> assertThat(call.body()).contains("CANCELLED"));
    }

    @Test
    void aPromiseChangedMeanwhileShowsTheServicesDetailNextToTheForm() {
        FakeServices.answer("PATCH", "/api/v1/commitments/" + DECK, 412,
                "{\"title\":\"Precondition Failed\",\"status\":412,\"detail\":\"the commitment is at version 4, not 3\"}");
        Response answer = resolve(DECK, "BROKEN", "3", true);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.getHeader("HX-Retarget")).isEqualTo("#promises-problem");
        assertThat(answer.asString()).contains("Not changed: the commitment is at version 4, not 3");

        Response withoutJavaScript = resolve(DECK, "BROKEN", "3", false);
        assertThat(withoutJavaScript.statusCode()).isEqualTo(412);
        assertThat(withoutJavaScript.asString()).contains("<table id=\"promises\"")
                .contains("Not changed: the commitment is at version 4, not 3");
    }

    @Test
    void whenInteractionsIsDownThePageSaysSo() {
        FakeServices.answer("GET", "/api/v1/commitments", 503, "{\"status\":503}");
        Response page = SignedIn.as("owner-a").get("/promises");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("interactions-service is unavailable");
    }

    @Test
    void aResolveWithoutTheCsrfTokenIsRefusedAndWithoutASessionIsUnauthorized() {
        given().redirects().follow(false).cookie(SessionCookie.NAME, SignedIn.session("owner-a"))
                .formParam("status", "KEPT").formParam("version", "3").post("/promises/" + DECK + "/resolve")
                .then().statusCode(400);
        given().redirects().follow(false).formParam("status", "KEPT").formParam("version", "3")
                .post("/promises/" + DECK + "/resolve").then().statusCode(401);
        assertThat(FakeServices.calls()).noneMatch(call -> call.method().equals("PATCH"));
    }

    @Test
    void openIsNotAResolution() {
        assertThat(resolve(DECK, "OPEN", "3", false).statusCode()).isEqualTo(400);
        assertThat(FakeServices.calls()).noneMatch(call -> call.method().equals("PATCH"));
    }

    private static Response resolve(String id, String status, String version, boolean htmx) {
        String session = SignedIn.session("owner-a");
        Response page = given().cookie(SessionCookie.NAME, session).get("/promises");
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        var request = given().redirects().follow(false).cookie(SessionCookie.NAME, session)
                .cookies(page.getDetailedCookies()).formParam("csrf-token", csrf).formParam("status", status)
                .formParam("version", version);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.post("/promises/" + id + "/resolve");
    }

}
