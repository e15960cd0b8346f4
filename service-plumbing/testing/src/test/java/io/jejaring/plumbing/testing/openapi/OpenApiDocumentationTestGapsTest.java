package io.jejaring.plumbing.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiDocumentationTestGapsTest {

    static OpenApiDocument document(String json) throws Exception {
        return new OpenApiDocument(new ObjectMapper().readTree(json));
    }

    @Test
    void aFullyDocumentedOperationHasNoGaps() throws Exception {
        OpenApiDocument document = document("""
                {"paths": {"/things": {"post": {"operationId": "createThing", "summary": "s", "description": "d",
                  "tags": ["Things"],
                  "parameters": [{"name": "dryRun", "in": "query", "description": "only check"}],
                  "requestBody": {"content": {"application/json": {"schema": {"type": "object"}, "examples": {"a": {"value": {}}}}}},
                  "responses": {"201": {"description": "c", "content": {"application/json":
                      {"schema": {"type": "object"}, "examples": {"a": {"value": {}}}}}},
                                "204": {"description": "none"}}}}}}
                """);
        assertThat(OpenApiDocumentationTest.gaps(document)).isEmpty();
    }

    @Test
    void everyGapIsNamedWithItsOperation() throws Exception {
        OpenApiDocument document = document("""
                {"paths": {"/things": {"post": {
                  "parameters": [{"name": "dryRun", "in": "query"}],
                  "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                  "responses": {"200": {"description": "c", "content": {"application/json": {"schema": {}}}}}}}}}
                """);
        assertThat(OpenApiDocumentationTest.gaps(document)).containsExactlyInAnyOrder(
                "POST /things (no operationId): no operationId",
                "POST /things (no operationId): no summary",
                "POST /things (no operationId): no description",
                "POST /things (no operationId): no tag",
                "POST /things (no operationId): parameter dryRun has no description",
                "POST /things (no operationId): no request example for application/json",
                "POST /things (no operationId): no example of its 200 application/json answer",
                "POST /things (no operationId): its 200 application/json answer has an empty schema");
    }

    @Test
    void anOperationWithNoSuccessAnswerIsAGap() throws Exception {
        OpenApiDocument document = document("""
                {"paths": {"/things": {"get": {"operationId": "listThings", "summary": "s", "description": "d",
                  "tags": ["Things"], "responses": {"404": {"description": "no"}}}}}}
                """);
        assertThat(OpenApiDocumentationTest.gaps(document)).containsExactly("GET /things listThings: no success answer");
    }
}
