package io.jejaring.plumbing.openapi;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class JejaringOpenApiFilterTest {

    static OpenAPI documentWith(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().info(OASFactory.createInfo().title("t").version("1"));
        openAPI.setPaths(OASFactory.createPaths().addPathItem("/things/{id}",
                OASFactory.createPathItem().GET(operation)));
        new JejaringOpenApiFilter().filterOpenAPI(openAPI);
        return openAPI;
    }

    static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound")));
    }

    @Test
    void addsLicenseLocalServerAndBearerSecurityToTheWholeDocument() {
        OpenAPI openAPI = documentWith(operation());
        assertThat(openAPI.getInfo().getLicense().getName()).isNotBlank();
        assertThat(openAPI.getInfo().getLicense().getUrl()).startsWith("https://");
        assertThat(openAPI.getServers()).singleElement().satisfies(server -> {
            assertThat(server.getUrl()).startsWith("http://127.0.0.1:");
            assertThat(server.getDescription()).isEqualTo("local ./jejaring up");
        });
        assertThat(openAPI.getComponents().getSecuritySchemes()).containsKey("bearer");
        assertThat(openAPI.getComponents().getSecuritySchemes().get("bearer").getBearerFormat()).isEqualTo("JWT");
        assertThat(openAPI.getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement.getSchemes()).containsOnlyKeys("bearer"));
    }

    @Test
    void theProblemSchemaHasThePlumbingsFields() {
        Schema problem = documentWith(operation()).getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "errors");
        assertThat(problem.getRequired()).containsExactly("type", "title", "status");
        assertThat(problem.getProperties().get("errors").getItems().getProperties()).containsOnlyKeys("field", "message");
    }

    @Test
    void everyOperationAnswers401AndOnlyReferencedResponsesAreDeclared() {
        OpenAPI openAPI = documentWith(operation());
        assertThat(openAPI.getPaths().getPathItem("/things/{id}").getGET().getResponses().getAPIResponse("401").getRef())
                .isEqualTo("#/components/responses/Unauthorized");
        assertThat(openAPI.getComponents().getResponses()).containsOnlyKeys("NotFound", "Unauthorized");
        assertThat(openAPI.getComponents().getResponses().get("NotFound").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void anOperationsOwn401IsKept() {
        Operation operation = operation();
        operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("own"));
        assertThat(documentWith(operation).getPaths().getPathItem("/things/{id}").getGET().getResponses()
                .getAPIResponse("401").getDescription()).isEqualTo("own");
    }

    @Test
    void aNullableReferenceOrEnumAcceptsNull() {
        JejaringOpenApiFilter filter = new JejaringOpenApiFilter();
        Schema reference = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .anyOf(List.of(OASFactory.createSchema().ref("Consent"),
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
        assertThat(filter.filterSchema(reference).getType())
                .containsExactly(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL);
        Schema enumeration = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                .enumeration(List.of("<25", "65+"));
        assertThat(filter.filterSchema(enumeration).getEnumeration()).containsExactly("<25", "65+", null);
        Schema plain = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("A"));
        assertThat(filter.filterSchema(plain).getEnumeration()).containsExactly("A");
    }
}
