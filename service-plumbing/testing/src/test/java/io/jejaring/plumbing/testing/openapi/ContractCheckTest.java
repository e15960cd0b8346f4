package io.jejaring.plumbing.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.plumbing.testing.openapi.ContractCheck.Exchange;

class ContractCheckTest {

    static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
              "/things": {"post": {"operationId": "createThing",
                 "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}},
                 "responses": {"201": {"description": "created", "content": {"application/json":
                                  {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                               "400": {"$ref": "#/components/responses/BadRequest"}}}},
              "/things/{id}": {"delete": {"responses": {"204": {"description": "gone"}}}},
              "/things/export": {"get": {"responses": {"200": {"description": "csv",
                                  "content": {"text/csv": {"schema": {"type": "string"}}}}}}}},
             "components": {
              "schemas": {
               "Draft": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
               "Thing": {"type": "object", "required": ["id", "name"],
                         "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                        "size": {"type": ["integer", "null"]}}},
               "Problem": {"type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}},
              "responses": {"BadRequest": {"description": "bad", "content": {"application/problem+json":
                                            {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
            """;

    final ContractCheck check = new ContractCheck(document());

    static OpenApiDocument document() {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(DOCUMENT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Exchange post(int status, String type, String body) {
        return new Exchange("POST", "/things", "application/json; charset=UTF-8", "{\"name\":\"a\"}", status, type, body);
    }

    @Test
    void aDocumentedAnswerPasses() {
        assertThat(check.mismatches(post(201, "application/json;charset=UTF-8", "{\"id\":\"1\",\"name\":\"a\",\"size\":null}")))
                .isEmpty();
        assertThat(check.mismatches(post(400, "application/problem+json", "{\"status\":400}"))).isEmpty();
        assertThat(check.mismatches(new Exchange("DELETE", "/things/42", null, null, 204, null, ""))).isEmpty();
        assertThat(check.mismatches(new Exchange("GET", "/things/export", null, null, 200, "text/csv", "a,b"))).isEmpty();
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(check.mismatches(post(200, "application/json", "{\"id\":\"1\",\"name\":\"a\"}")))
                .containsExactly("status 200 is not documented (documented: 201, 400)");
    }

    @Test
    void anUndocumentedMediaTypeFails() {
        assertThat(check.mismatches(post(400, "application/json", "{\"status\":400}")))
                .containsExactly("status 400 answered application/json, documented: application/problem+json");
    }

    @Test
    void aBodyThatBreaksItsSchemaFails() {
        assertThat(check.mismatches(post(201, "application/json", "{\"id\":1}")))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("answer body").contains("id"))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("answer body").contains("name"));
    }

    @Test
    void anAcceptedRequestThatBreaksItsSchemaFails() {
        Exchange exchange = new Exchange("POST", "/things", "application/json", "{\"name\":7}", 201, "application/json",
                "{\"id\":\"1\",\"name\":\"7\"}");
        assertThat(check.mismatches(exchange)).singleElement().asString().contains("request body").contains("name");
    }

    @Test
    void aRefusedRequestIsNotHeldToTheRequestSchema() {
        Exchange exchange = new Exchange("POST", "/things", "application/json", "{\"name\":7}", 400,
                "application/problem+json", "{\"status\":400}");
        assertThat(check.mismatches(exchange)).isEmpty();
    }

    @Test
    void aBodyOnAnAnswerDocumentedWithoutOneFails() {
        assertThat(check.mismatches(new Exchange("DELETE", "/things/42", null, null, 204, "application/json", "{}")))
                .singleElement().asString().contains("documented without a body");
    }

    @Test
    void anUndocumentedPathOrMethodFailsUnlessTheServiceRefusedIt() {
        assertThat(check.mismatches(new Exchange("GET", "/nothing", null, null, 200, "application/json", "{}")))
                .containsExactly("the path is not in the document");
        assertThat(check.mismatches(new Exchange("PUT", "/things", null, null, 200, "application/json", "{}")))
                .containsExactly("the document has no PUT on /things");
        assertThat(check.mismatches(new Exchange("GET", "/nothing", null, null, 404, "application/problem+json", "{}")))
                .isEmpty();
        assertThat(check.mismatches(new Exchange("PUT", "/things", null, null, 405, "application/problem+json", "{}")))
                .isEmpty();
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertThat(check.mismatches(new Exchange("GET", "/things/export", null, null, 200, "text/csv", "a"))).isEmpty();
        assertThat(check.mismatches(new Exchange("GET", "/things/42", null, null, 200, "text/csv", "a")))
                .containsExactly("the document has no GET on /things/{id}");
    }
}
