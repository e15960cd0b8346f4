package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;
import io.jejaring.localinfra.TokenIssuer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A sweep over every operation each service's OpenAPI document lists: with another owner's token it must not
 * reach the first owner's data; with no token, an expired, wrongly signed or unsigned token it must answer 401;
 * read-only fields in a body are ignored; oversized bodies are refused; and nothing answers 500.
 */
class SecuritySweepTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static LocalStack stack;
    static final String OWNER = "owner-" + UUID.randomUUID();
    static final String OTHER = "owner-" + UUID.randomUUID();
    static String contact;
    static String otherContact;
    static String interaction;
    static String commitment;

    /** One operation of a service's OpenAPI document; {@code mediaType} is the body it takes (null: none). */
    record Operation(Service service, String method, String template, String mediaType) {

        String url(String id) {
            String resolved = template.replace("{otherId}", otherContact).replace("{contactId}", contact);
            return service.baseUrl() + resolved.replace("{id}", id);
        }

        boolean hasId() {
            return template.contains("{");
        }

        boolean takesBody() {
            return mediaType != null;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        stack = new LocalStack(HOME, Files.createTempDirectory("jejaring-sweep")).start();
        contact = create(Service.ALL.get(0), "/api/v1/contacts", Map.of("displayName", "Ayu Lestari"));
        otherContact = create(Service.ALL.get(0), "/api/v1/contacts", Map.of("displayName", "Budi Santoso"));
        as(OWNER).contentType("application/json").body(Map.of("otherContactId", otherContact, "kind", "KNOWS"))
                .post(Service.ALL.get(0).baseUrl() + "/api/v1/contacts/" + contact + "/connections").then().statusCode(201);
        interaction = create(Service.ALL.get(1), "/api/v1/interactions", Map.of("contactIds", List.of(contact),
                "channel", "PHONE", "occurredAt", Instant.now().minusSeconds(60).toString()));
        commitment = create(Service.ALL.get(1), "/api/v1/commitments", Map.of("contactId", contact,
                "direction", "I_PROMISED", "description", "send the deck", "dueOn", LocalDate.now().plusDays(3).toString()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(OWNER).get(Service.ALL.get(2).baseUrl() + "/api/v1/insights/contacts/" + contact).statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    static RequestSpecification as(String owner) {
        return given().auth().oauth2(stack.tokens().token(owner));
    }

    static String create(Service service, String path, Map<String, Object> body) {
        return as(OWNER).contentType("application/json").body(body).post(service.baseUrl() + path)
                .then().statusCode(201).extract().path("id");
    }

    /** Every operation of every service, from its own OpenAPI document. */
    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Service service : Service.ALL) {
            Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                    .get(service.managementUrl() + "/q/openapi").then().statusCode(200).extract().path("paths");
            paths.forEach((template, methods) -> methods.forEach((method, operation) -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(new Operation(service, method, template, bodyMediaType(operation)));
                }
            }));
        }
        assertThat(operations).hasSizeGreaterThan(20);
        return operations;
    }

    /** A media type the operation's request body is documented to take, JSON when it is one of them. */
    @SuppressWarnings("unchecked")
    static String bodyMediaType(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Set<String> types = ((Map<String, Object>) body.get("content")).keySet();
        return types.contains("application/json") ? "application/json" : types.iterator().next();
    }

    /** The resource an operation's {id} names: the first owner's own. */
    static String idFor(Operation operation) {
        if (operation.template().startsWith("/api/v1/interactions")) {
            return interaction;
        }
        return operation.template().startsWith("/api/v1/commitments") ? commitment : contact;
    }

    /** A body that would be valid for the first owner, so that only ownership decides the answer. */
    static Object validBody(Operation operation) {
        String template = operation.template();
        if (template.endsWith("/import")) {
            return "BEGIN:VCARD\nVERSION:4.0\nFN:Imported\nEND:VCARD\n";
        }
        if (template.endsWith("/connections")) {
            return Map.of("otherContactId", otherContact, "kind", "COLLEAGUE");
        }
        if (template.endsWith("/merge")) {
            return Map.of("duplicateId", otherContact);
        }
        if (template.startsWith("/api/v1/interactions")) {
            return Map.of("contactIds", List.of(contact), "channel", "EMAIL", "occurredAt", Instant.now().minusSeconds(5).toString());
        }
        if (template.startsWith("/api/v1/commitments")) {
            return operation.method().equals("patch") ? Map.of("status", "KEPT")
                    : Map.of("contactId", contact, "direction", "I_PROMISED", "description", "x", "dueOn", "2030-01-01");
        }
        return Map.of("displayName", "Mine now");
    }

    static Response call(RequestSpecification request, Operation operation, Object body) {
        if (operation.takesBody()) {
            request = request.contentType(operation.mediaType()).body(body == null ? "{}" : body);
        }
        return request.request(operation.method(), operation.url(idFor(operation)));
    }

    @Test
    void anotherOwnerNeverReachesTheFirstOwnersData() {
        for (Operation operation : operations()) {
            if (operation.template().endsWith("/import") || operation.template().contains("/admin/")) {
                continue;
            }
            Response response = call(as(OTHER), operation, validBody(operation));
            String where = operation.method() + " " + operation.template();
            assertThat(response.statusCode()).as(where).isLessThan(500);
            if (operation.hasId()) {
                assertThat(response.statusCode()).as(where).isEqualTo(404);
            }
            assertThat(response.asString()).as(where).doesNotContain("Ayu");
            if (operation.method().equals("get")) {
                // a write may echo the ids its own body named; a read must show none of the first owner's
                assertThat(response.asString()).as(where).doesNotContain(contact).doesNotContain(interaction)
                        .doesNotContain(commitment);
            }
        }
        as(OWNER).get(Service.ALL.get(0).baseUrl() + "/api/v1/contacts/" + contact).then().statusCode(200)
                .body("displayName", org.hamcrest.Matchers.equalTo("Ayu Lestari"));
    }

    @Test
    void everyOperationRefusesMissingAndBadTokens() {
        Instant now = Instant.now();
        List<String> badTokens = List.of(
                stack.tokens().token(OWNER, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), Set.of()),
                TokenIssuer.foreignToken(OWNER), TokenIssuer.unsigned(OWNER), "not-a-jwt");
        for (Operation operation : operations()) {
            String where = operation.method() + " " + operation.template();
            assertThat(call(given(), operation, validBody(operation)).statusCode()).as(where + " without a token").isEqualTo(401);
            for (String token : badTokens) {
                Response response = call(given().auth().oauth2(token), operation, validBody(operation));
                assertThat(response.statusCode()).as(where).isEqualTo(401);
                assertThat(response.contentType()).as(where).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void readOnlyFieldsAreIgnoredAndOversizedBodiesRefused() {
        as(OTHER).contentType("application/json").body(Map.of("displayName", "Forged", "id", contact, "ownerId", OWNER,
                "version", 99, "createdAt", "2000-01-01T00:00:00Z")).post(Service.ALL.get(0).baseUrl() + "/api/v1/contacts")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.not(contact)).body("version", org.hamcrest.Matchers.equalTo(1));
        as(OWNER).get(Service.ALL.get(0).baseUrl() + "/api/v1/contacts/" + contact).then().body("displayName",
                org.hamcrest.Matchers.equalTo("Ayu Lestari"));
        String huge = "{\"displayName\":\"" + "x".repeat(1_100_000) + "\"}";
        for (Operation operation : operations()) {
            if (operation.takesBody() && !operation.template().endsWith("/import")) {
                assertThat(call(as(OWNER), operation, huge).statusCode()).as(operation.method() + " " + operation.template())
                        .isEqualTo(413);
            }
        }
    }
}
