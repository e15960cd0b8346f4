package io.jejaring.web.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.web.i18n.Languages;
import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class TransferTest {

    private static final String IMPORT = "/api/v1/contacts/import";
    private static final String CONTACTS_EXPORT = "/api/v1/contacts/export";
    private static final String INTERACTIONS_EXPORT = "/api/v1/interactions/export";
    private static final String OWNER = "/api/v1/owner";
    private static final String VCARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ayu Lestari\r\nEND:VCARD\r\n";
    private static final String LINKEDIN = "Notes:\n\"When exporting your connection data, you may notice...\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ayu,Lestari,https://www.linkedin.com/in/ayulestari,ayu@example.org,Kopi Kenangan,Head,14 Mar 2026\n";

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void aVcardReachesContactsServiceAsTextVcardAndEachOutcomeIsAPlainRow() {
        FakeServices.answer("POST", IMPORT, 200, "{\"created\":2,\"skippedDuplicates\":1,\"errors\":["
                + "{\"line\":17,\"message\":\"a card needs a name (FN or N)\"},"
                + "{\"line\":9,\"message\":\"BDAY is not a date\"}]}");

        Response answer = upload(Form.open("owner-a"), "contacts.vcf", VCARD);

        assertThat(answer.statusCode()).isEqualTo(200);
        FakeServices.Call call = only("POST", IMPORT);
        assertThat(call.contentType()).startsWith("text/vcard");
        assertThat(call.body()).isEqualTo(VCARD);
        XmlPath html = answer.htmlPath();
        List<String> rows = html.getList("**.find { it.@id == 'import-result' }.tbody.tr.collect { it.toString() }");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).contains("Created").contains("2 new contacts");
        assertThat(rows.get(1)).contains("Skipped").contains("1 entry was a duplicate");
        assertThat(rows.get(2)).contains("9").contains("Refused").contains("BDAY is not a date");
        assertThat(rows.get(3)).contains("17").contains("a card needs a name (FN or N)");
        assertThat(answer.asString()).contains("Read as a vCard file.").contains("2 entries were refused");
    }

    @Test
    void aLinkedInCsvGoesAsTextCsvAndIsNamedSoInIndonesian() {
        FakeServices.answer("POST", IMPORT, 200, "{\"created\":1,\"skippedDuplicates\":0,\"errors\":[]}");

        Response answer = upload(Form.open("owner-a").language("id"), "Connections.csv", LINKEDIN);

        assertThat(answer.statusCode()).isEqualTo(200);
        FakeServices.Call call = only("POST", IMPORT);
        assertThat(call.contentType()).startsWith("text/csv");
        assertThat(call.body()).isEqualTo(LINKEDIN);
        assertThat(answer.asString()).contains("Dibaca sebagai CSV LinkedIn.").contains("1 kontak baru")
                .contains("Tidak ada yang ditolak.");
    }

    @Test
    void aFileThatIsNeitherVcardNorCsvIsRefusedWithoutCallingTheService() {
        Response answer = upload(Form.open("owner-a"), "notes.txt", "just some notes\n");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.asString()).contains("neither a vCard nor a Google or LinkedIn CSV");
        assertThat(FakeServices.calls()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedInWordsWithoutCallingTheService() {
        String large = "BEGIN:VCARD\n" + "N".repeat((int) TransferResource.MAX_FILE_BYTES);

        Response answer = upload(Form.open("owner-a"), "big.vcf", large);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.asString()).contains("larger than 10 MB, so nothing was imported");
        assertThat(FakeServices.calls()).isEmpty();
    }

    @Test
    void whatTheServiceRefusesIsShownBesideTheForm() {
        FakeServices.answer("POST", IMPORT, 400, "{\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"the CSV header is neither Google's nor LinkedIn's\"}");

        Response answer = upload(Form.open("owner-a"), "people.csv", "a,b\n1,2\n");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(only("POST", IMPORT).contentType()).startsWith("text/csv");
        assertThat(answer.asString()).contains("contacts-service did not import the file: "
                + "the CSV header is neither Google&#39;s nor LinkedIn&#39;s");
    }

    @Test
    void anImportWhileContactsServiceIsDownSaysSo() {
        FakeServices.answer("POST", IMPORT, 503, "{\"status\":503}");

        Response answer = upload(Form.open("owner-a"), "contacts.vcf", VCARD);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("contacts-service is unavailable right now, so the file was not imported");
    }

    @Test
    void theVcardExportIsStreamedThroughAsAnAttachment() {
        FakeServices.answer("GET", CONTACTS_EXPORT, 200, VCARD + VCARD);

        Response answer = SignedIn.as("owner-a").get("/transfer/export.vcf");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/vcard");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"jejaring-contacts-")
                .endsWith(".vcf\"");
        assertThat(answer.asString()).isEqualTo(VCARD + VCARD);
        assertThat(only("GET", CONTACTS_EXPORT).accept()).contains("text/vcard");
    }

    @Test
    void theJsonExportIsBothServicesExportsInOneDocument() throws Exception {
        FakeServices.answer("GET", CONTACTS_EXPORT, 200, "{\"contacts\":[{\"id\":\"c1\"}],\"connections\":[]}");
        FakeServices.answer("GET", INTERACTIONS_EXPORT, 200, "{\"interactions\":[{\"id\":\"i1\"}],\"commitments\":[]}");

        Response answer = SignedIn.as("owner-a").get("/transfer/export.json");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"jejaring-").endsWith(".json\"");
        JsonNode all = new ObjectMapper().readTree(answer.asByteArray());
        assertThat(all.at("/contacts/contacts/0/id").asText()).isEqualTo("c1");
        assertThat(all.at("/interactions/interactions/0/id").asText()).isEqualTo("i1");
        assertThat(only("GET", CONTACTS_EXPORT).accept()).contains("application/json");
        assertThat(only("GET", INTERACTIONS_EXPORT).accept()).contains("application/json");
    }

    @Test
    void aJsonExportWithInteractionsServiceDownSaysSoInsteadOfHalfAFile() {
        FakeServices.answer("GET", CONTACTS_EXPORT, 200, "{\"contacts\":[],\"connections\":[]}");
        FakeServices.answer("GET", INTERACTIONS_EXPORT, 503, "{\"status\":503}");

        Response answer = SignedIn.as("owner-a").get("/transfer/export.json");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.header("Content-Disposition")).isNull();
        assertThat(answer.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("interactions-service is unavailable right now, so the download could not start");
    }

    @Test
    void theWrongWordErasesNothingAndSaysSo() {
        Response answer = Form.open("owner-a").post().formParam("confirmation", "delete").post("/transfer/erase");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("You did not type “erase”, so nothing was erased.");
        assertThat(FakeServices.calls()).isEmpty();
    }

    @Test
    void theRightWordErasesTheOwnerAndThePageSaysWhat() {
        FakeServices.answer("DELETE", OWNER, 204, "");
        Form form = Form.open("owner-a");

        Response answer = form.post().formParam("confirmation", " Erase ").post("/transfer/erase");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/transfer?erased=true");
        assertThat(only("DELETE", OWNER).pathAndQuery()).isEqualTo(OWNER + "?confirm=true");
        assertThat(form.get().get("/transfer?erased=true").asString())
                .contains("Erased: every contact and connection, at once.");
    }

    @Test
    void inIndonesianTheWordIsHapus() {
        FakeServices.answer("DELETE", OWNER, 204, "");
        Form form = Form.open("owner-a").language("id");
        assertThat(form.page.asString()).contains("Ketik “hapus” untuk memastikan");

        assertThat(form.post().formParam("confirmation", "erase").post("/transfer/erase").statusCode()).isEqualTo(400);
        assertThat(FakeServices.calls()).isEmpty();
        assertThat(form.post().formParam("confirmation", "hapus").post("/transfer/erase").statusCode()).isEqualTo(303);
        assertThat(only("DELETE", OWNER)).isNotNull();
    }

    @Test
    void anErasureWhileContactsServiceIsDownSaysNothingWasErased() {
        FakeServices.answer("DELETE", OWNER, 503, "{\"status\":503}");

        Response answer = Form.open("owner-a").post().formParam("confirmation", "erase").post("/transfer/erase");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.htmlPath().getString("**.find { it.@class == 'unavailable' }"))
                .contains("contacts-service is unavailable right now, so nothing was erased");
    }

    @Test
    void anErasureTheServiceRefusesShowsItsReason() {
        FakeServices.answer("DELETE", OWNER, 400, "{\"status\":400,\"detail\":\"confirm must be true\"}");

        Response answer = Form.open("owner-a").post().formParam("confirmation", "erase").post("/transfer/erase");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("contacts-service did not erase anything: confirm must be true");
    }

    @Test
    void postsNeedASessionAndTheCsrfToken() {
        FakeServices.answer("DELETE", OWNER, 204, "");
        FakeServices.answer("POST", IMPORT, 200, "{\"created\":1,\"skippedDuplicates\":0,\"errors\":[]}");

        given().redirects().follow(false).formParam("confirmation", "erase").post("/transfer/erase").then()
                .statusCode(401);
        given().redirects().follow(false).multiPart("file", "contacts.vcf", VCARD.getBytes(StandardCharsets.UTF_8),
                "text/vcard").post("/transfer/import").then().statusCode(401);
        Form form = Form.open("owner-a");
        form.get().formParam("confirmation", "erase").post("/transfer/erase").then().statusCode(400);
        form.get().multiPart("file", "contacts.vcf", VCARD.getBytes(StandardCharsets.UTF_8), "text/vcard")
                .post("/transfer/import").then().statusCode(400);
        assertThat(FakeServices.calls()).isEmpty();
    }

    @Test
    void thePageHasTheFormsAndLinksTheBrowserTestsUse() {
        XmlPath html = SignedIn.as("owner-a").get("/transfer").then().statusCode(200).extract().htmlPath();

        assertThat(html.getString("**.find { it.@id == 'import-form' }.@enctype")).isEqualTo("multipart/form-data");
        assertThat(html.getString("**.find { it.@id == 'import-file' }.@name")).isEqualTo("file");
        assertThat(html.getString("**.find { it.@id == 'export-vcard' }.@href")).isEqualTo("/transfer/export.vcf");
        assertThat(html.getString("**.find { it.@id == 'export-json' }.@href")).isEqualTo("/transfer/export.json");
        assertThat(html.getString("**.find { it.@id == 'erase-confirmation' }.@name")).isEqualTo("confirmation");
        assertThat(html.getList("**.findAll { it.@name == 'csrf-token' }")).hasSize(3);
        assertThat(html.getString("**.find { it.@id == 'settings-link' }.@href")).isEqualTo("/settings");
        assertThat(FakeServices.calls()).isEmpty();
    }

    @Test
    void aLanguageSwitchOnAFormsAnswerComesBackToThePage() {
        SignedIn.as("owner-a").get("/transfer/import").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/transfer"));
        SignedIn.as("owner-a").get("/transfer/erase").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/transfer"));
    }

    private static Response upload(Form form, String fileName, String content) {
        return form.post().multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8),
                "application/octet-stream").post("/transfer/import");
    }

    private static FakeServices.Call only(String method, String path) {
        List<FakeServices.Call> calls = FakeServices.calls().stream()
                .filter(call -> call.method().equals(method) && call.pathAndQuery().split("\\?")[0].equals(path))
                .toList();
        assertThat(calls).as("%s %s", method, path).hasSize(1);
        return calls.get(0);
    }

    /** The transfer page as a signed-in browser holds it: its session, CSRF cookie and token, and language. */
    private static final class Form {
        private final String session;
        private String language = "en";
        private Response page;

        private Form(String session) {
            this.session = session;
        }

        static Form open(String owner) {
            return new Form(SignedIn.session(owner)).load();
        }

        Form language(String tag) {
            this.language = tag;
            return load();
        }

        private Form load() {
            page = given().cookie(SessionCookie.NAME, session).cookie(Languages.COOKIE, language).get("/transfer");
            assertThat(page.statusCode()).isEqualTo(200);
            return this;
        }

        /** Requests with the session and the CSRF cookie, but no token. */
        RequestSpecification get() {
            Cookies cookies = page.getDetailedCookies();
            return given().redirects().follow(false).cookie(SessionCookie.NAME, session)
                    .cookie(Languages.COOKIE, language).cookies(cookies);
        }

        /** A form post as the page's forms make it, with the CSRF token. */
        RequestSpecification post() {
            String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
            RequestSpecification request = get();
            return request.formParam("csrf-token", token);
        }
    }
}
