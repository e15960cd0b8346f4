package io.jejaring.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.jejaring.local.JsonApi;

/**
 * The commands against stand-in services over HTTP, behind one address as behind the gateway: what they ask, what
 * they send, what they print and the exit code. The real services are the system tests'.
 */
class RemoteCommandsTest {

    static final String AYU = "00000000-0000-0000-0000-00000000000a";
    static final String AYU_W = "00000000-0000-0000-0000-00000000000b";
    static final String BUDI = "00000000-0000-0000-0000-00000000000c";

    record Request(String method, String uri, String contentType, String body) {
    }

    record Answer(int status, String body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    HttpServer services;
    @TempDir
    Path home;

    @BeforeEach
    void startStandIns() throws IOException {
        services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        services.createContext("/", this::answer);
        services.start();
        answer("GET /api/v1/contacts?limit=20&q=Ayu", 200, "{'items':[" + contact(AYU, "Ayu Lestari") + ","
                + contact(AYU_W, "Ayu Wulandari") + "],'nextCursor':null}");
        answer("GET /api/v1/contacts?limit=20&q=Ayu+Lestari", 200, "{'items':[" + contact(AYU, "Ayu Lestari") + ","
                + contact(AYU_W, "Ayu Lestari Wulandari") + "],'nextCursor':null}");
        answer("GET /api/v1/contacts?limit=20&q=budi", 200, "{'items':[" + contact(BUDI, "Budi Santoso") + "],'nextCursor':null}");
        answer("GET /api/v1/contacts?limit=20&q=Zed", 200, "{'items':[],'nextCursor':null}");
    }

    @AfterEach
    void stop() {
        services.stop(0);
    }

    static String contact(String id, String name) {
        return "{'id':'" + id + "','displayName':'" + name + "','organization':null}";
    }

    void answer(String request, int status, String body) {
        answers.put(request, new Answer(status, body.replace('\'', '"')));
    }

    int run(String... arguments) {
        Map<String, String> environment = Map.of("JEJARING_URL", "http://127.0.0.1:" + services.getAddress().getPort() + "/",
                "JEJARING_TOKEN", "a-token");
        return Jejaring.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, home);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    List<Request> writes() {
        return requests.stream().filter(request -> !request.method().equals("GET")).toList();
    }

    static JsonNode json(String text) throws IOException {
        return JsonApi.JSON.readTree(text);
    }

    @Test
    void logFindsThePersonByNameAndSendsWhatTheWordsMean() throws IOException {
        answer("POST /api/v1/interactions", 201, "{'id':'i1'}");

        assertThat(run("log", "budi", "--via", "coffee", "--they-reached-out", "--gave", "--note", "kopi darat",
                "--at", "2026-11-28 15:00")).as(err()).isZero();

        assertThat(writes()).hasSize(1);
        JsonNode sent = json(writes().get(0).body());
        assertThat(sent.path("contactIds").toString()).isEqualTo("[\"" + BUDI + "\"]");
        assertThat(sent.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(sent.path("initiatedBy").asText()).isEqualTo("THEM");
        assertThat(sent.path("exchange").asText()).isEqualTo("GAVE");
        assertThat(sent.path("notes").asText()).isEqualTo("kopi darat");
        assertThat(java.time.Instant.parse(sent.path("occurredAt").asText()))
                .isEqualTo(java.time.LocalDateTime.parse("2026-11-28T15:00").atZone(java.time.ZoneId.systemDefault()).toInstant());
        assertThat(out()).isEqualTo("Logged in person with Budi Santoso, Sat 28 Nov 2026 15:00.\n");
    }

    @Test
    void aNameThatMatchesSeveralListsThemAndWritesNothing() {
        assertThat(run("log", "Ayu", "--via", "coffee")).isEqualTo(2);

        assertThat(writes()).isEmpty();
        assertThat(err()).contains("\"Ayu\" matches 2 contacts. Nothing was written. Say which with a fuller name, or with the id:")
                .containsPattern("Ayu Lestari +" + AYU).containsPattern("Ayu Wulandari +" + AYU_W);
        assertThat(out()).isEmpty();
    }

    @Test
    void aWholeNameChoosesAmongTheMatchesAndAnIdNeedsNoSearch() {
        answer("POST /api/v1/interactions", 201, "{'id':'i1'}");
        answer("GET /api/v1/contacts/" + AYU_W, 200, contact(AYU_W, "Ayu Wulandari"));

        assertThat(run("log", "Ayu Lestari", AYU_W, "--via", "video")).as(err()).isZero();

        assertThat(writes().get(0).body()).contains("\"contactIds\":[\"" + AYU + "\",\"" + AYU_W + "\"]");
        assertThat(out()).startsWith("Logged video with Ayu Lestari, Ayu Wulandari, ");
    }

    @Test
    void aNameThatMatchesNobodyIsAUsageError() {
        assertThat(run("log", "Zed", "--via", "call")).isEqualTo(2);
        assertThat(err()).contains("No contact matches \"Zed\". Nothing was written.");
        assertThat(writes()).isEmpty();
    }

    @Test
    void addSendsTheContactAndPromisesAskForTheStatusInAnyCase() throws IOException {
        answer("POST /api/v1/contacts", 201, contact(BUDI, "Citra Dewi"));
        answer("GET /api/v1/commitments?limit=20&status=KEPT", 200, "{'items':[],'nextCursor':null}");

        assertThat(run("add", "Citra Dewi", "--email", "citra@example.org", "--community", "choir", "--tier", "close"))
                .as(err()).isZero();
        assertThat(run("promises", "--status", "kept")).as(err()).isZero();

        JsonNode sent = json(writes().get(0).body());
        assertThat(sent.path("displayName").asText()).isEqualTo("Citra Dewi");
        assertThat(sent.path("emails").toString()).isEqualTo("[{\"address\":\"citra@example.org\"}]");
        assertThat(sent.path("communities").toString()).isEqualTo("[\"choir\"]");
        assertThat(sent.path("tier").asText()).isEqualTo("CLOSE");
        assertThat(out()).isEqualTo("Added Citra Dewi (id " + BUDI + ").\nPromises (kept):\n  (none)\n");
    }

    @Test
    void aServersProblemIsExitOneWithItsDetailAndFields() {
        answer("POST /api/v1/commitments", 422, "{'type':'urn:jejaring:problem:invalid-request','title':'Unprocessable Entity',"
                + "'status':422,'detail':'The request is invalid','errors':[{'field':'description','message':'must be at most 200 characters'}]}");

        assertThat(run("promise", "budi", "x".repeat(201), "--by", "2026-12-04")).isEqualTo(1);

        assertThat(err()).isEqualTo("jejaring: POST /api/v1/commitments answered 422: The request is invalid\n"
                + "  description: must be at most 200 characters\n");
    }

    @Test
    void tablesNameTheirPeopleInOneCallAndJsonCarriesTheNames() throws IOException {
        answer("GET /api/v1/insights/overdue?limit=20", 200, "{'items':[{'contactId':'" + AYU + "','daysOverdue':12,"
                + "'cadenceDays':30,'layer':3},{'contactId':'" + BUDI + "','daysOverdue':3,'cadenceDays':14,'layer':2}],'nextCursor':null}");
        answer("GET /api/v1/contacts?ids=" + AYU + "," + BUDI, 200, "{'items':[" + contact(AYU, "Ayu Lestari") + ","
                + contact(BUDI, "Budi Santoso") + "],'nextCursor':null}");
        answer("GET /api/v1/insights/reach", 200, "{'overdueCount':2}");

        assertThat(run("overdue")).as(err()).isZero();
        assertThat(out()).contains("Overdue (oldest due date first):").containsPattern("Ayu Lestari +12 +30d +3")
                .containsPattern("Budi Santoso +3 +14d +2");
        assertThat(requests.stream().filter(request -> request.uri().startsWith("/api/v1/contacts"))).hasSize(1);

        out.reset();
        assertThat(run("overdue", "--json")).isZero();
        JsonNode page = json(out());
        assertThat(page.path("items").get(0).path("displayName").asText()).isEqualTo("Ayu Lestari");
        assertThat(page.path("items").get(1).path("daysOverdue").asInt()).isEqualTo(3);
    }

    @Test
    void captureSendsTheFileAsItsMediaTypeAndSummarisesTheAnswer() throws IOException {
        Path calendar = Files.writeString(home.resolve("calendar.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        answer("POST /api/v1/interactions/import", 200, "{'created':3,'updated':1,'alreadyImported':0,'ignored':2,"
                + "'unmatched':[{'address':'dewi@example.org','occurrences':5},{'address':'eko@example.org','occurrences':1}],"
                + "'errors':[{'line':42,'message':'DTSTART is missing'}]}");

        assertThat(run("capture", calendar.toString())).as(err()).isZero();

        assertThat(writes().get(0).contentType()).isEqualTo("text/calendar");
        out.reset();
        assertThat(run("capture", calendar.toString(), "--format", "MBox", "--json")).as(err()).isZero();
        assertThat(writes().get(1).contentType()).isEqualTo("application/mbox");
        assertThat(json(out()).path("created").asInt()).isEqualTo(3);
        out.reset();
        assertThat(run("capture", calendar.toString())).isZero();
        assertThat(writes().get(0).body()).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        assertThat(out()).startsWith("Captured calendar.ics: 3 interactions created, 1 updated, 0 already imported, 2 ignored.\n")
                .contains("1 entry could not be imported:").containsPattern("line 42 +DTSTART is missing")
                .contains("Addresses that are none of your contacts, most seen first:")
                .containsPattern("dewi@example.org +5").contains("./jejaring add \"Their Name\" --email ADDRESS");
    }

    @Test
    void backupWritesBothExportsInOneFileThatRestoreSendsBackWithTheNewIds() throws IOException {
        answer("GET /api/v1/contacts/export", 200, "{'contacts':[" + contact(AYU, "Ayu Lestari") + "],'connections':[]}");
        answer("GET /api/v1/interactions/export", 200, "{'interactions':[{'id':'i1','contactIds':['" + AYU + "']}],"
                + "'commitments':[{'id':'c1'},{'id':'c2'}]}");
        Path file = home.resolve("backup.json");

        assertThat(run("backup", file.toString())).as(err()).isZero();

        assertThat(out()).isEqualTo("Backed up 1 contact, 0 connections, 1 interaction and 2 commitments to " + file + ".\n");
        JsonNode backup = json(Files.readString(file));
        assertThat(backup.path("format").asText()).isEqualTo("jejaring-backup");
        assertThat(backup.path("version").asInt()).isEqualTo(1);
        assertThat(backup.path("contacts").path("contacts").get(0).path("displayName").asText()).isEqualTo("Ayu Lestari");
        assertThat(backup.path("interactions").path("commitments")).hasSize(2);
        assertThat(Files.list(home)).containsExactly(file);

        answer("POST /api/v1/contacts/import", 200, "{'contacts':1,'connections':0,'contactIds':{'" + AYU + "':'" + BUDI + "'}}");
        answer("POST /api/v1/interactions/import", 200, "{'interactions':1,'commitments':2}");
        out.reset();
        assertThat(run("restore", file.toString())).as(err()).isZero();

        assertThat(writes()).extracting(Request::uri).containsExactly("/api/v1/contacts/import", "/api/v1/interactions/import");
        assertThat(json(writes().get(0).body())).isEqualTo(backup.path("contacts"));
        JsonNode interactions = json(writes().get(1).body());
        assertThat(interactions.path("contactIds").path(AYU).asText()).isEqualTo(BUDI);
        assertThat(interactions.path("commitments")).hasSize(2);
        assertThat(out()).isEqualTo("Restored 1 contact, 0 connections, 1 interaction and 2 commitments from " + file + ".\n");
    }

    @Test
    void aBackupThatFailsLeavesNoFile() {
        answer("GET /api/v1/contacts/export", 200, "{'contacts':[],'connections':[]}");
        Path file = home.resolve("backup.json");

        assertThat(run("backup", file.toString())).isEqualTo(1);

        assertThat(err()).contains("GET /api/v1/interactions/export answered 404");
        assertThat(home).isEmptyDirectory();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String uri = exchange.getRequestURI().toString();
        requests.add(new Request(exchange.getRequestMethod(), uri, exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + uri,
                new Answer(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"no stand-in for " + uri + "\"}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.status() < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
