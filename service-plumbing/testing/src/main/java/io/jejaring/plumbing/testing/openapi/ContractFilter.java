package io.jejaring.plumbing.testing.openapi;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A RestAssured filter that holds every API request a test makes, and its answer, to the service's own OpenAPI
 * document: a mismatch fails the test with the operation and what differs. Management paths ({@code /q/...}) are
 * not part of the API and pass unchecked.
 */
public final class ContractFilter implements Filter {

    /** One check per document, so each schema is compiled once. */
    private static final Map<OpenApiDocument, ContractCheck> CHECKS = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (path.startsWith("/q/")) {
            return response;
        }
        ContractCheck.Exchange exchange = new ContractCheck.Exchange(request.getMethod(), decoded(path),
                request.getContentType(), requestBody(request), response.statusCode(), response.contentType(),
                response.asString());
        List<String> mismatches = CHECKS.computeIfAbsent(OpenApiDocument.ofApplicationUnderTest(), ContractCheck::new)
                .mismatches(exchange);
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The OpenAPI document (/q/openapi) does not describe " + request.getMethod() + " "
                    + path + " → " + response.statusCode() + " " + response.contentType() + ":\n  - "
                    + String.join("\n  - ", mismatches)
                    + "\nFix the resource's annotations (or the service), not the test.");
        }
        return response;
    }

    private static String decoded(String rawPath) {
        return URI.create(rawPath).getPath();
    }

    private static String requestBody(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return body.toString();
    }
}
