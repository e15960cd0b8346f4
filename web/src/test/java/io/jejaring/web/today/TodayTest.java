package io.jejaring.web.today;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class TodayTest {

    static final String AYU = "0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10";
    static final String BUDI = "1c7d2d2f-5a3b-4d49-8b68-4a2e3c9f0b21";
    static final String CITRA = "2d8e3e3a-6b4c-4e5a-9c79-5b3f4d0a1c32";
    static final String DEWI = "3e9f4f4b-7c5d-4f6b-8d8a-6c4a5e1b2d43";

    @BeforeEach
    void answers() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/insights/overdue", 200, """
                {"items":[
                 {"contactId":"%s","lastInteractionAt":"2026-01-05T10:00:00Z","dueAt":"2026-02-04T10:00:00Z",
                  "daysOverdue":26,"overdueRatio":1.87,"cadenceDays":30,"layer":2,"strength":0.41},
                 {"contactId":"%s","lastInteractionAt":null,"dueAt":"2026-02-20T10:00:00Z",
                  "daysOverdue":10,"overdueRatio":1.1,"cadenceDays":90,"layer":5,"strength":0.0}],
                 "nextCursor":null}""".formatted(AYU, BUDI));
        FakeServices.answer("GET", "/api/v1/insights/suggestions", 200, """
                {"items":[{"contactId":"%s","priority":2.4,"layer":1,"overdueRatio":0.9,"reasons":[
                  {"code":"YOU_OWE","numbers":{"received":3,"gave":0},"text":"they helped you 3 times"}]}],
                 "nextCursor":null}""".formatted(CITRA));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        FakeServices.answer("GET", "/api/v1/commitments", 200, """
                {"items":[
                 {"id":"9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f","contactId":"%s","direction":"I_PROMISED",
                  "description":"send the deck","dueOn":"%s","status":"OPEN","version":1},
                 {"id":"9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e70","contactId":"%s","direction":"THEY_PROMISED",
                  "description":"an intro to the Surabaya chapter","dueOn":"%s","status":"OPEN","version":2},
                 {"id":"9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e71","contactId":"%s","direction":"I_PROMISED",
                  "description":"a book next month","dueOn":"%s","status":"OPEN","version":1}],
                 "nextCursor":null}""".formatted(AYU, today.plusDays(2), DEWI, today.plusDays(6), BUDI,
                today.plusDays(30)));
        FakeServices.answer("GET", "/api/v1/contacts", 200, """
                {"items":[{"id":"%s","displayName":"Ayu Lestari"},{"id":"%s","displayName":"Budi Santoso"},
                 {"id":"%s","displayName":"Citra Dewi"},{"id":"%s","displayName":"Dewi Anggraini"}]}"""
                .formatted(AYU, BUDI, CITRA, DEWI));
        FakeServices.answer("POST", "/api/v1/interactions", 201, "{\"id\":\"5f0c2d1e-8a4b-4c6d-9e7f-1a2b3c4d5e6f\"}");
    }

    @Test
    void rowsShowNamesNeverIdsAndNamesComeFromOneBatchCall() {
        Response page = SignedIn.as("owner-a").get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();

        assertThat(page.htmlPath().getList("**.find { it.@id == 'overdue' }.tbody.tr.collect { it.td[0].text() }", String.class))
                .containsExactly("Ayu Lestari", "Budi Santoso");
        assertThat(html).contains("Citra Dewi").contains("Dewi Anggraini");
        assertThat(text(html)).doesNotContain(AYU, BUDI, CITRA, DEWI);

        List<FakeServices.Call> nameCalls = FakeServices.calls().stream()
                .filter(call -> call.pathAndQuery().startsWith("/api/v1/contacts")).toList();
        assertThat(nameCalls).hasSize(1);
        assertThat(nameCalls.get(0).pathAndQuery()).contains(AYU, BUDI, CITRA, DEWI);
    }

    @Test
    void overdueRowsSayHowLongTheCadenceAndTheLayerInWords() {
        String html = SignedIn.as("owner-a").get("/").asString();
        assertThat(text(html)).contains("26 days", "every 30 days", "your close fifteen", "10 days", "every 90 days",
                "acquaintances");
        assertThat(html).contains("sse-connect=\"/live\"")
                .contains("hx-trigger=\"sse:relationship-overdue, sse:relationship-restored\"");
    }

    @Test
    void suggestionsGiveTheirReasonsInTheChosenLanguage() {
        assertThat(text(SignedIn.as("owner-a").get("/").asString()))
                .contains("they helped you 3 times; you haven't returned it yet").contains("your closest five");
        assertThat(text(SignedIn.as("owner-a").header("Accept-Language", "id").get("/").asString()))
                .contains("ia sudah membantu Anda 3 kali; Anda belum membalasnya").contains("lima orang terdekat Anda");
    }

    @Test
    void promisesDueThisWeekInBothDirectionsAndNotLater() {
        Response page = SignedIn.as("owner-a").get("/");
        String section = text(page.htmlPath().getString("**.find { it.@id == 'promises-due' }"));
        assertThat(section).contains("send the deck", "You promised", "Ayu Lestari")
                .contains("an intro to the Surabaya chapter", "They promised", "Dewi Anggraini")
                .doesNotContain("a book next month");
        assertThat(FakeServices.calls()).anySatisfy(call -> assertThat(call.pathAndQuery())
                .startsWith("/api/v1/commitments").contains("status=OPEN"));
    }

    @Test
    void everyRowHasTheOneClickButtons() {
        Response page = SignedIn.as("owner-a").get("/");
        String html = page.asString();
        for (String channel : List.of("IN_PERSON", "PHONE", "MESSAGE", "EMAIL", "VIDEO")) {
            assertThat(html).contains("name=\"channel\" value=\"" + channel + "\"");
        }
        assertThat(html).contains("name=\"exchange\" value=\"GAVE\"").contains("name=\"exchange\" value=\"RECEIVED\"");
        assertThat(page.htmlPath().getList("**.findAll { it.name() == 'form' && it.@class == 'log' }")).hasSize(3);
        assertThat(text(html)).contains("Log coffee with Ayu Lestari");
    }

    @Test
    void aCoffeePostsAnInteractionOfMineInPersonAndTheRowSaysSo() throws Exception {
        Instant before = Instant.now();
        Response answer = post(true, "contactId", AYU, "channel", "IN_PERSON", "via", "MESSAGE", "from", "overdue");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.asString()).startsWith("<tr").contains("Logged: coffee with Ayu Lestari.")
                .contains("colspan=\"4\"");
        JsonNode body = postedInteraction();
        assertThat(body.get("contactIds").get(0).asText()).isEqualTo(AYU);
        assertThat(body.get("contactIds")).hasSize(1);
        assertThat(body.get("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(body.get("initiatedBy").asText()).isEqualTo("ME");
        assertThat(body.has("exchange")).isFalse();
        assertThat(Instant.parse(body.get("occurredAt").asText())).isBetween(before, Instant.now());
    }

    @Test
    void iHelpedAndTheyHelpedPostTheExchangeByTheChosenChannelAndGoBackWithoutJavaScript() throws Exception {
        Response gave = post(false, "contactId", CITRA, "exchange", "GAVE", "via", "PHONE", "from", "suggestions");
        assertThat(gave.statusCode()).isEqualTo(303);
        assertThat(gave.getHeader("Location")).endsWith("/");
        JsonNode body = postedInteraction();
        assertThat(body.get("exchange").asText()).isEqualTo("GAVE");
        assertThat(body.get("channel").asText()).isEqualTo("PHONE");
        assertThat(body.get("initiatedBy").asText()).isEqualTo("ME");

        FakeServices.reset();
        answers();
        Response received = post(true, "contactId", CITRA, "exchange", "RECEIVED", "via", "VIDEO", "from", "suggestions");
        assertThat(received.asString()).contains("Logged: Citra Dewi helped you.").contains("colspan=\"3\"");
        assertThat(postedInteraction().get("exchange").asText()).isEqualTo("RECEIVED");
        assertThat(postedInteraction().get("channel").asText()).isEqualTo("VIDEO");
    }

    @Test
    void aLogTheServiceRefusesShowsItsDetailAndKeepsTheRow() {
        FakeServices.answer("POST", "/api/v1/interactions", 422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"detail\":\"contact is not one of yours\"}");
        Response answer = post(true, "contactId", AYU, "channel", "PHONE", "from", "overdue");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.getHeader("HX-Retarget")).isEqualTo("#today-problem");
        assertThat(answer.asString()).contains("Not logged: contact is not one of yours").doesNotContain("<tr");

        Response withoutJavaScript = post(false, "contactId", AYU, "channel", "PHONE", "from", "overdue");
        assertThat(withoutJavaScript.statusCode()).isEqualTo(422);
        assertThat(withoutJavaScript.asString()).contains("<h1>Today</h1>").contains("Not logged: contact is not one of yours");
    }

    @Test
    void whenInsightsIsDownThePageSaysSoAndStillShowsThePromises() {
        FakeServices.answer("GET", "/api/v1/insights/overdue", 503, "{\"status\":503}");
        FakeServices.answer("GET", "/api/v1/insights/suggestions", 503, "{\"status\":503}");
        Response page = SignedIn.as("owner-a").get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.htmlPath().getList("**.findAll { it.@class == 'unavailable' }", String.class))
                .hasSize(2).allSatisfy(message -> assertThat(message).contains("insights-service is unavailable"));
        assertThat(page.asString()).contains("role=\"status\"").contains("send the deck").contains("Ayu Lestari");
    }

    @Test
    void theSectionsRefreshAloneWithOneNameCall() {
        Response overdue = SignedIn.as("owner-a").get("/today/overdue");
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.asString().trim()).startsWith("<section id=\"overdue-section\"").contains("Ayu Lestari")
                .doesNotContain("<html");
        Response suggestions = SignedIn.as("owner-a").get("/today/suggestions");
        assertThat(suggestions.asString().trim()).startsWith("<section id=\"suggestions\"").contains("Citra Dewi");
        assertThat(FakeServices.calls().stream().filter(call -> call.pathAndQuery().startsWith("/api/v1/contacts")))
                .hasSize(2);
    }

    @Test
    void aLogWithoutTheCsrfTokenIsRefusedAndWithoutASessionIsUnauthorized() {
        given().redirects().follow(false).cookie(SessionCookie.NAME, SignedIn.session("owner-a"))
                .formParam("contactId", AYU).formParam("channel", "IN_PERSON").post("/today/log")
                .then().statusCode(400);
        given().redirects().follow(false).formParam("contactId", AYU).formParam("channel", "IN_PERSON")
                .post("/today/log").then().statusCode(401);
        assertThat(FakeServices.calls()).noneMatch(call -> call.method().equals("POST"));
    }

    @Test
    void aLogOfAnUnknownChannelIsABadRequest() {
        Response answer = post(false, "contactId", AYU, "channel", "CARRIER_PIGEON");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(FakeServices.calls()).noneMatch(call -> call.method().equals("POST"));
    }

    /** Posts the log form as the signed-in owner-a's browser would: with the page's CSRF token and cookie. */
    private static Response post(boolean htmx, String... fields) {
        String session = SignedIn.session("owner-a");
        Response page = given().cookie(SessionCookie.NAME, session).get("/");
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        var request = given().redirects().follow(false).cookie(SessionCookie.NAME, session)
                .cookies(page.getDetailedCookies()).formParam("csrf-token", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.post("/today/log");
    }

    private static JsonNode postedInteraction() throws Exception {
        List<FakeServices.Call> posts = FakeServices.calls().stream()
                .filter(call -> call.method().equals("POST") && call.pathAndQuery().equals("/api/v1/interactions"))
                .toList();
        assertThat(posts).hasSize(1);
        return new ObjectMapper().readTree(posts.get(0).body());
    }

    /** The text a reader sees: the markup (and the ids in its attributes) left out. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").replace("&#39;", "'").replace("&amp;", "&");
    }

}
