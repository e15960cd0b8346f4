package io.jejaring.web.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PeoplePagesTest {

    static final String AYU = "3f2b8c1e-7a4d-4e59-9b0a-2c6d8e1f4a73";
    static final String BUDI = "a1c9e7d2-5b3f-4c8e-8d6a-0f2e4b7c9d15";
    static final String CITRA = "0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10";
    static final String DEWI = "5f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";
    static final String CONTACTS = "/api/v1/contacts";
    static final String AYU_PATH = CONTACTS + "/" + AYU;

    private final ObjectMapper json = new ObjectMapper();
    private String session;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        session = SignedIn.session("owner-a");
    }

    @Test
    void theListShowsNamesLinkedToTheirPagesAndANextLinkCarryingTheCursor() {
        FakeServices.answer("GET", CONTACTS, 200, """
                {"items":[%s,%s],"nextCursor":"c2+/="}""".formatted(contact(AYU, "Ayu Lestari", "Kopi Kenangan", 1),
                contact(BUDI, "Budi Santoso", null, 1)));

        Response page = asOwner().queryParam("q", "ayu").queryParam("tier", "CLOSE").get("/people");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("id=\"people-search\"").contains("id=\"add-person\" href=\"/people/new\"")
                .contains("<a href=\"/people/" + AYU + "\">Ayu Lestari</a>")
                .contains("<a href=\"/people/" + BUDI + "\">Budi Santoso</a>");
        assertThat(page.htmlPath().getString("**.find { it.@id == 'next-page' }.@href"))
                .isEqualTo("/people?q=ayu&tier=CLOSE&cursor=c2%2B%2F%3D");
        assertThat(FakeServices.calls()).singleElement().satisfies(call -> assertThat(call.pathAndQuery())
                .contains("q=ayu").contains("tier=CLOSE").contains("limit=50").doesNotContain("cursor"));
    }

    @Test
    void thePersonPageNamesEveryRelatedPersonWithOneBatchCallAndSaysTheFlagsInWords() {
        answerAyu("\"3\"", "Kopi Kenangan", BUDI);
        FakeServices.answer("GET", "/api/v1/insights/contacts/" + AYU, 200, """
                {"contactId":"%s","strength":0.41,"layer":2,"lastInteractionAt":"2026-01-05T10:00:00Z",
                 "dueAt":"2026-02-04T10:00:00Z","overdueRatio":1.87,"daysOverdue":26,"cadenceDays":30,
                 "keepInTouch":true,"balances":{"me":1,"them":5,"gave":0,"received":4},
                 "commitments":{},"flags":["ONE_SIDED","YOU_OWE","FADING"]}""".formatted(AYU));
        answerTimelineAndPromises();
        FakeServices.answer("GET", AYU_PATH + "/connections", 200, """
                {"items":[{"contactId":"%s","otherContactId":"%s","kind":"COLLEAGUE","version":1}],"nextCursor":null}"""
                .formatted(AYU, DEWI));
        FakeServices.answer("GET", CONTACTS, 200, """
                {"items":[%s,%s,%s],"nextCursor":null}""".formatted(contact(BUDI, "Budi Santoso", null, 1),
                contact(CITRA, "Citra Dewi", null, 1), contact(DEWI, "Dewi Anggraini", null, 1)));

        Response page = asOwner().get("/people/" + AYU);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(page.htmlPath().getString("html.body.main.h1")).isEqualTo("Ayu Lestari");
        assertThat(html).contains("id=\"edit-person\"").contains("id=\"delete-person\"")
                .contains("Introduced by").contains("<a href=\"/people/" + BUDI + "\">Budi Santoso</a>")
                .contains("<a href=\"/people/" + CITRA + "\">Citra Dewi</a>")
                .contains("<a href=\"/people/" + DEWI + "\">Dewi Anggraini</a>").contains("Colleagues")
                .contains("One-sided").contains("You owe Ayu Lestari").contains("Fading")
                .contains("0.41").contains("Layer 2").contains("send the deck");
        List<FakeServices.Call> nameCalls = FakeServices.calls().stream()
                .filter(call -> call.pathAndQuery().startsWith(CONTACTS + "?ids=")).toList();
        assertThat(nameCalls).singleElement().satisfies(call -> assertThat(call.pathAndQuery())
                .contains(BUDI).contains(CITRA).contains(DEWI).doesNotContain(AYU));
    }

    @Test
    void thePersonPageSpeaksIndonesian() {
        answerAyu("\"3\"", null, null);
        FakeServices.answer("GET", "/api/v1/insights/contacts/" + AYU, 200, """
                {"contactId":"%s","strength":0.41,"layer":2,"keepInTouch":true,"flags":["ONE_SIDED","YOU_OWE","FADING"]}"""
                .formatted(AYU));
        answerTimelineAndPromises();
        FakeServices.answer("GET", AYU_PATH + "/connections", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", CONTACTS, 200, "{\"items\":[]}");

        String html = asOwner().header("Accept-Language", "id").get("/people/" + AYU).asString();

        assertThat(html).contains("Sepihak").contains("Anda berutang budi pada Ayu Lestari").contains("Memudar")
                .contains("0,41").contains("Lapisan 2").contains("Ubah Ayu Lestari");
    }

    @Test
    void whenInsightsIsDownThePersonPageStillShowsTheDetailsAndSaysWhatIsMissing() {
        answerAyu("\"3\"", "Kopi Kenangan", null);
        FakeServices.answer("GET", "/api/v1/insights/contacts/" + AYU, 503, "{\"status\":503}");
        answerTimelineAndPromises();
        FakeServices.answer("GET", AYU_PATH + "/connections", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", CONTACTS, 200, "{\"items\":[" + contact(CITRA, "Citra Dewi", null, 1) + "]}");

        Response page = asOwner().get("/people/" + AYU);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.htmlPath().getString("html.body.main.h1")).isEqualTo("Ayu Lestari");
        assertThat(page.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("insights-service is unavailable");
        assertThat(page.asString()).contains("Kopi Kenangan").contains("send the deck").contains("Citra Dewi");
    }

    @Test
    void thePersonPageDrawsTheStrengthOverTimeAndSaysTheSameNumbersInASentenceAndATable() throws Exception {
        answerAyuWithRelationship();
        FakeServices.answer("GET", "/api/v1/insights/contacts/" + AYU + "/strength-history", 200, """
                {"contactId":"%s","points":[{"date":"2026-02-24","strength":0.0},{"date":"2026-02-25","strength":0.0},
                 {"date":"2026-02-26","strength":2.977},{"date":"2026-02-27","strength":2.9542},
                 {"date":"2026-02-28","strength":2.9316},{"date":"2026-03-01","strength":2.9091},
                 {"date":"2026-03-02","strength":2.8868}]}""".formatted(AYU));

        Response page = asOwner().get("/people/" + AYU);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("<script src=\"/webjars/uplot/dist/uPlot.iife.min.js\" defer></script>")
                .contains("<script src=\"/static/people.js\" defer></script>").contains("id=\"strength-plot\"");
        Map<String, List<Number>> plot = json.readValue(
                page.htmlPath().getString("**.find { it.@id == 'strength-data' }"), new TypeReference<>() { });
        assertThat(plot.get("days")).extracting(Number::longValue).containsExactly(1771891200L, 1771977600L, 1772064000L, 1772150400L, 1772236800L,
                1772323200L, 1772409600L);
        assertThat(plot.get("strength")).extracting(Number::doubleValue)
                .containsExactly(0.0, 0.0, 2.977, 2.9542, 2.9316, 2.9091, 2.8868);
        assertThat(page.htmlPath().getString("**.find { it.@id == 'strength-summary' }")).isEqualTo(
                "Tie strength from Feb 24, 2026 to Mar 2, 2026: 0 at the start and 2.89 now, at its highest (2.98)"
                        + " on Feb 26, 2026. The same numbers are in the table below.");
        assertThat(page.htmlPath().getList("**.find { it.@id == 'strength-table' }.tbody.tr.td", String.class))
                .containsExactly("2.89", "2.91", "2.93", "2.95", "2.98", "0", "0");
        assertThat(page.htmlPath().getList("**.find { it.@id == 'strength-table' }.tbody.tr.th", String.class))
                .startsWith("Mar 2, 2026").endsWith("Feb 24, 2026");
        assertThat(FakeServices.calls()).anySatisfy(call -> assertThat(call.pathAndQuery())
                .isEqualTo("/api/v1/insights/contacts/" + AYU + "/strength-history?days=180"));
    }

    @Test
    void whenTheStrengthHistoryIsUnavailableTheRestOfThePersonPageStays() {
        answerAyuWithRelationship();
        FakeServices.answer("GET", "/api/v1/insights/contacts/" + AYU + "/strength-history", 503, "{\"status\":503}");

        Response page = asOwner().get("/people/" + AYU);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.htmlPath().getString("html.body.main.h1")).isEqualTo("Ayu Lestari");
        assertThat(page.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("insights-service is unavailable");
        assertThat(page.asString()).contains("Tie strength over time").doesNotContain("id=\"strength-data\"")
                .doesNotContain("id=\"strength-table\"").contains("0.41").contains("Layer 2")
                .contains("Kopi Kenangan").contains("send the deck");
    }

    @Test
    void aPersonInsightsHasNotSeenYetHasNoStrengthPlot() {
        answerAyuWithRelationship();
        // the fake answers 404 to the history, as insights-service does for a contact it has not heard of yet

        String html = asOwner().get("/people/" + AYU).asString();

        assertThat(html).contains("0.41").doesNotContain("Tie strength over time").doesNotContain("class=\"unavailable\"");
    }

    @Test
    void aNewPersonWithNoOneAroundThemHasAPage() {
        answerAyu("\"1\"", null, null);
        FakeServices.answer("GET", "/api/v1/interactions", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", "/api/v1/commitments", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", AYU_PATH + "/connections", 200, "{\"items\":[],\"nextCursor\":null}");

        Response page = asOwner().get("/people/" + AYU);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.htmlPath().getString("html.body.main.h1")).isEqualTo("Ayu Lestari");
        assertThat(FakeServices.calls()).noneMatch(call -> call.pathAndQuery().startsWith(CONTACTS + "?ids="));
    }

    @Test
    void anotherOwnersOrAnUnknownIdGivesANotFoundPage() {
        // The fake answers 404 to anything not set, as contacts-service does for another owner's id.
        Response page = asOwner().get("/people/" + DEWI);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.htmlPath().getString("html.body.main.h1")).isEqualTo("No such person");

        assertThat(asOwner().get("/people/" + DEWI + "/edit").statusCode()).isEqualTo(404);
        assertThat(asOwner().get("/people/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void creatingPostsTheTypedFieldsAsJsonAndGoesToTheNewPersonsPage() throws Exception {
        FakeServices.answer("POST", CONTACTS, 201, contact(AYU, "Ayu Lestari", null, 1),
                Map.of("ETag", "\"1\"", "Location", AYU_PATH));

        Response created = post("/people/new", "/people", Map.of("displayName", " Ayu Lestari ",
                "emails", "work: ayu@example.org\r\nayu@home.example", "communities", "Jakarta founders, Runners",
                "birthYear", "1988", "tier", "CLOSE", "keepInTouch", "true", "sincerity", "SINCERE", "givenName", ""));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/people/" + AYU);
        FakeServices.Call call = FakeServices.calls().stream().filter(c -> c.method().equals("POST")).findFirst()
                .orElseThrow();
        assertThat(json.readValue(call.body(), new TypeReference<Map<String, Object>>() {
        })).isEqualTo(Map.of("displayName", "Ayu Lestari",
                "emails", List.of(Map.of("address", "ayu@example.org", "label", "work"),
                        Map.of("address", "ayu@home.example")),
                "communities", List.of("Jakarta founders", "Runners"), "birthYear", 1988, "tier", "CLOSE",
                "keepInTouch", true, "sincerity", "SINCERE"));
    }

    @Test
    void theServicesValidationErrorsAreShownNextToTheFieldsWithWhatWasTyped() {
        FakeServices.answer("POST", CONTACTS, 400, """
                {"type":"urn:jejaring:problem:invalid-request","title":"Bad Request","status":400,
                 "detail":"The request is invalid","errors":[{"field":"emails[0].address","message":"must be an email address"}]}""");

        Response page = post("/people/new", "/people", Map.of("displayName", "Ayu Lestari", "emails", "not-an-address",
                "tier", "CLOSE", "sincerity", "SINCERE"));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-emails-error' }"))
                .isEqualTo("must be an email address");
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-emails' }")).isEqualTo("not-an-address");
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-displayName' }.@value")).isEqualTo("Ayu Lestari");
    }

    @Test
    void aYearThatIsNotANumberIsShownAtItsFieldWithoutAskingTheService() {
        Response page = post("/people/new", "/people", Map.of("displayName", "Ayu", "birthYear", "nineteen"));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-birthYear-error' }"))
                .isEqualTo("Must be a whole number.");
        assertThat(FakeServices.calls()).noneMatch(call -> call.method().equals("POST"));
    }

    @Test
    void editingSendsTheETagReadWithTheFormAsIfMatch() throws Exception {
        answerAyu("\"3\"", "Kopi Kenangan", null);
        FakeServices.answer("PATCH", AYU_PATH, 200, contact(AYU, "Ayu L.", "Kopi Kenangan", 4), Map.of("ETag", "\"4\""));

        Response edit = asOwner().get("/people/" + AYU + "/edit");
        assertThat(edit.htmlPath().getString("**.find { it.@id == 'field-organization' }.@value")).isEqualTo("Kopi Kenangan");
        Response saved = post("/people/" + AYU + "/edit", "/people/" + AYU + "/edit", Map.of("displayName", "Ayu L.",
                "organization", "Kopi Kenangan", "tier", "CLOSE", "sincerity", "SINCERE",
                "etag", edit.htmlPath().getString("**.find { it.@name == 'etag' }.@value")));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/people/" + AYU);
        FakeServices.Call patch = FakeServices.calls().stream().filter(c -> c.method().equals("PATCH")).findFirst()
                .orElseThrow();
        assertThat(patch.ifMatch()).isEqualTo("\"3\"");
        Map<String, Object> body = json.readValue(patch.body(), new TypeReference<>() {
        });
        assertThat(body).containsEntry("displayName", "Ayu L.").containsEntry("organization", "Kopi Kenangan")
                .containsEntry("title", null).containsEntry("emails", List.of()).containsEntry("keepInTouch", false);
    }

    @Test
    void aConflictSaysSomeoneChangedThePersonShowsTheCurrentVersionAndKeepsWhatWasTyped() {
        FakeServices.answer("PATCH", AYU_PATH, 412, """
                {"type":"urn:jejaring:problem:precondition-failed","title":"Precondition Failed","status":412,
                 "detail":"If-Match \\"3\\" does not match the current version \\"4\\""}""");
        answerAyu("\"4\"", "Kopi Janji Jiwa", null);

        Response page = post("/people/" + AYU + "/edit", "/people/" + AYU + "/edit", Map.of("displayName",
                "Ayu Typed", "organization", "Typed Org", "tier", "CLOSE", "sincerity", "SINCERE", "etag", "\"3\""));

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(FakeServices.calls()).filteredOn(call -> call.method().equals("PATCH")).singleElement()
                .satisfies(call -> assertThat(call.ifMatch()).isEqualTo("\"3\""));
        assertThat(page.htmlPath().getString("**.find { it.@id == 'conflict' }"))
                .contains("Someone changed this person meanwhile; here is the current version").contains("Kopi Janji Jiwa");
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-organization' }.@value")).isEqualTo("Typed Org");
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-displayName' }.@value")).isEqualTo("Ayu Typed");
        assertThat(page.htmlPath().getString("**.find { it.@name == 'etag' }.@value")).isEqualTo("\"4\"");
    }

    @Test
    void deletingAsksForConfirmationFirstThenDeletesAndGoesBackToTheList() {
        answerAyu("\"3\"", null, null);
        FakeServices.answer("DELETE", AYU_PATH, 204, "");

        Response confirm = post("/people/new", "/people/" + AYU + "/delete", Map.of());
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.asString()).contains("id=\"confirm-delete\"").contains("Yes, delete Ayu Lestari");
        assertThat(FakeServices.calls()).noneMatch(call -> call.method().equals("DELETE"));

        Response deleted = post("/people/new", "/people/" + AYU + "/delete", Map.of("confirmed", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/people");
        assertThat(FakeServices.calls()).filteredOn(call -> call.method().equals("DELETE")).singleElement()
                .satisfies(call -> assertThat(call.pathAndQuery()).isEqualTo(AYU_PATH));
    }

    @Test
    void mergingPostsTheChosenDuplicateAndGoesBackToThePerson() throws Exception {
        answerAyu("\"3\"", null, null);
        FakeServices.answer("GET", CONTACTS, 200, "{\"items\":[" + contact(AYU, "Ayu Lestari", null, 1) + ","
                + contact(BUDI, "Ayu Lestari", "Kopi", 1) + "],\"nextCursor\":null}");
        FakeServices.answer("POST", AYU_PATH + "/merge", 200, contact(AYU, "Ayu Lestari", "Kopi", 2));

        Response choice = asOwner().get("/people/" + AYU + "/merge");
        assertThat(choice.asString()).contains("value=\"" + BUDI + "\"").doesNotContain("value=\"" + AYU + "\"");
        Response merged = post("/people/" + AYU + "/merge", "/people/" + AYU + "/merge", Map.of("duplicateId", BUDI));

        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(merged.header("Location")).endsWith("/people/" + AYU);
        FakeServices.Call call = FakeServices.calls().stream().filter(c -> c.method().equals("POST")).findFirst()
                .orElseThrow();
        assertThat(json.readTree(call.body()).get("duplicateId").asText()).isEqualTo(BUDI);
    }

    @Test
    void aRefusedMergeIsExplainedOnTheMergePage() {
        answerAyu("\"3\"", null, null);
        FakeServices.answer("GET", CONTACTS, 200, "{\"items\":[" + contact(BUDI, "Ayu Lestari", "Kopi", 1) + "]}");
        FakeServices.answer("POST", AYU_PATH + "/merge", 422, """
                {"type":"urn:jejaring:problem:unprocessable","title":"Unprocessable Content","status":422,
                 "detail":"A contact cannot be merged into itself"}""");

        Response page = post("/people/" + AYU + "/merge", "/people/" + AYU + "/merge", Map.of("duplicateId", BUDI));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.htmlPath().getString("**.find { it.@class == 'problem' }"))
                .isEqualTo("The merge was refused: A contact cannot be merged into itself");
    }

    @Test
    void whenContactsIsDownASavedFormSaysSoAndKeepsWhatWasTyped() {
        FakeServices.answer("POST", CONTACTS, 503, "{\"status\":503}");

        Response page = post("/people/new", "/people", Map.of("displayName", "Ayu Lestari", "notes", "kopi darat"));

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("contacts-service is unavailable");
        assertThat(page.htmlPath().getString("**.find { it.@id == 'field-notes' }")).isEqualTo("kopi darat");
    }

    @Test
    void aPostNeedsASessionAndTheFormsToken() {
        given().redirects().follow(false).formParam("displayName", "Ayu").post("/people").then().statusCode(401);
        asOwner().formParam("displayName", "Ayu").post("/people").then().statusCode(400);
        assertThat(FakeServices.calls()).isEmpty();
    }

    private RequestSpecification asOwner() {
        return given().redirects().follow(false).cookie(SessionCookie.NAME, session);
    }

    /** Posts a form as a browser would: the CSRF token and cookie from a page with a form, then the fields. */
    private Response post(String formPage, String action, Map<String, String> fields) {
        Response page = asOwner().get(formPage);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return asOwner().cookies(page.getDetailedCookies()).formParam("csrf-token", token).formParams(fields)
                .post(action);
    }

    private void answerAyu(String etag, String organization, String introducedBy) {
        String body = contact(AYU, "Ayu Lestari", organization, Integer.parseInt(etag.replace("\"", "")));
        if (introducedBy != null) {
            body = body.replace("\"introducedBy\":null", "\"introducedBy\":\"" + introducedBy + "\"");
        }
        FakeServices.answer("GET", AYU_PATH, 200, body, Map.of("ETag", etag));
    }

    private void answerAyuWithRelationship() {
        answerAyu("\"3\"", "Kopi Kenangan", null);
        FakeServices.answer("GET", "/api/v1/insights/contacts/" + AYU, 200, """
                {"contactId":"%s","strength":0.41,"layer":2,"keepInTouch":true,"flags":[]}""".formatted(AYU));
        answerTimelineAndPromises();
        FakeServices.answer("GET", AYU_PATH + "/connections", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", CONTACTS, 200, "{\"items\":[" + contact(CITRA, "Citra Dewi", null, 1) + "]}");
    }

    private void answerTimelineAndPromises() {
        FakeServices.answer("GET", "/api/v1/interactions", 200, """
                {"items":[{"id":"11111111-2222-4333-8444-555555555555","contactIds":["%s","%s"],"channel":"IN_PERSON",
                 "initiatedBy":"THEM","exchange":"RECEIVED","occurredAt":"2026-01-05T10:00:00Z","summary":"kopi darat"}],
                 "nextCursor":null}""".formatted(AYU, CITRA));
        FakeServices.answer("GET", "/api/v1/commitments", 200, """
                {"items":[{"id":"66666666-2222-4333-8444-555555555555","contactId":"%s","direction":"I_PROMISED",
                 "description":"send the deck","dueOn":"2026-03-09","status":"OPEN"}],"nextCursor":null}""".formatted(AYU));
    }

    private static String contact(String id, String name, String organization, int version) {
        return """
                {"id":"%s","displayName":"%s","organization":%s,"emails":[],"phones":[],"communities":["Jakarta founders"],
                 "tags":[],"introducedBy":null,"tier":"CLOSE","effectiveCadenceDays":30,"keepInTouch":true,
                 "sincerity":"SINCERE","version":%d}""".formatted(id, name,
                organization == null ? "null" : "\"" + organization + "\"", version);
    }
}
