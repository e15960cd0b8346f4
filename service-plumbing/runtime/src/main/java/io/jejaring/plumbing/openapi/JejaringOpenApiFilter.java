package io.jejaring.plumbing.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

import io.jejaring.plumbing.problem.Problem;

/**
 * Adds what every Jejaring service's OpenAPI document shares, so each service only describes its own operations:
 * {@code info.license}, {@code servers}, the {@code bearer} JWT security scheme (applied to the whole document),
 * the {@code Problem} schema and the shared error responses (those the service's operations refer to). Registered with {@code mp.openapi.filter} in the
 * plumbing's {@code META-INF/microprofile-config.properties}; it runs when the document is built.
 *
 * <h2>How a resource uses it</h2>
 * <ul>
 *   <li>Errors: {@code @APIResponse(responseCode = "404", ref = "NotFound")}. The shared responses are
 *       {@code BadRequest} (400), {@code Unauthorized} (401), {@code Forbidden} (403), {@code NotFound} (404),
 *       {@code Conflict} (409), {@code PreconditionFailed} (412), {@code PayloadTooLarge} (413),
 *       {@code UnsupportedMediaType} (415), {@code Unprocessable} (422) and {@code ServiceUnavailable} (503), each
 *       {@code application/problem+json}
 *       with schema {@code #/components/schemas/Problem}. A body schema can point at it with
 *       {@code @Schema(ref = "Problem")}.</li>
 *   <li>401: every operation needs a token, so this filter adds {@code 401 → Unauthorized} to each operation
 *       that does not list it itself.</li>
 *   <li>Admin operations say their role twice: in the description ("Requires the {@code admin} group in the
 *       token.") and with {@code @SecurityRequirement(name = "bearer", scopes = "admin")} (OpenAPI 3.1 lets a
 *       bearer requirement name roles), and they list {@code @APIResponse(responseCode = "403", ref = "Forbidden")}.</li>
 * </ul>
 *
 * <h2>Configuration</h2>
 * {@code jejaring.openapi.license.name} and {@code .url} name the license; the local server is
 * {@code http://127.0.0.1:${quarkus.http.port}}; a deployer adds its own with {@code jejaring.openapi.server.url}
 * (and {@code jejaring.openapi.server.description}).
 */
public class JejaringOpenApiFilter implements OASFilter {

    static final String SECURITY_SCHEME = "bearer";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    /** The shared error responses: name, status, description, and an example detail. */
    private record SharedResponse(String name, int status, String kind, String description, String detail) {
    }

    private static final List<SharedResponse> RESPONSES = List.of(
            new SharedResponse("BadRequest", 400, "invalid-request",
                    "The request is malformed or invalid: bad JSON, a wrong type, an unknown enum value, a value out"
                            + " of range, or a bad cursor. `errors` names each invalid field.",
                    "The request is invalid"),
            new SharedResponse("Unauthorized", 401, "unauthorized",
                    "The bearer token is missing, expired, wrongly signed or otherwise invalid.",
                    "A valid bearer token is required"),
            new SharedResponse("Forbidden", 403, "forbidden",
                    "The token is valid but lacks the role this operation requires.",
                    "This operation requires the admin role"),
            new SharedResponse("NotFound", 404, "not-found",
                    "No such resource for this owner. Another owner's id, and a malformed id, answer the same way.",
                    "No such resource"),
            new SharedResponse("Conflict", 409, "conflict",
                    "The request conflicts with the resource's current state.",
                    "The resource changed; read it again"),
            new SharedResponse("PreconditionFailed", 412, "precondition-failed",
                    "The `If-Match` header does not match the resource's current version (its ETag), or cannot be"
                            + " parsed.",
                    "If-Match \"3\" does not match the current version \"4\""),
            new SharedResponse("PayloadTooLarge", 413, "payload-too-large",
                    "The body is over the limit: 1 MiB, or 10 MiB on imports.",
                    "the request body is over 1 MiB"),
            new SharedResponse("UnsupportedMediaType", 415, "unsupported-media-type",
                    "The request's `Content-Type` is not one this operation accepts.",
                    "Send application/json"),
            new SharedResponse("Unprocessable", 422, "unprocessable",
                    "The request is well formed but refers to something the owner does not have, or breaks a rule.",
                    "No such contact: 0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10"),
            new SharedResponse("ServiceUnavailable", 503, "contacts-unavailable",
                    "A service this operation depends on did not answer in time; retry later. Nothing was written.",
                    "contacts-service can't confirm contact 0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10 right now; retry shortly"));

    /**
     * Makes {@code @Schema(nullable = true)} mean what it says in OpenAPI 3.1: SmallRye writes a nullable reference as
     * {@code anyOf: [$ref, {type: null}]} but may keep a {@code type: object} beside it, and a nullable enum without
     * {@code null} among its values; both would reject the null they mean to allow.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        boolean nullableReference = schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(JejaringOpenApiFilter::isNullType);
        if (nullableReference && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        if (nullable && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema;
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        addLicense(openAPI, config);
        addServers(openAPI, config);
        Components components = components(openAPI);
        components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An RS256 JWT whose `sub` is the owner, the person whose network it is. Admin"
                        + " operations also need `admin` in its `groups` claim. `./jejaring up` prints one."));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        EnumAliases.add(components);
        addUnauthorizedEverywhere(openAPI);
        Set<String> used = referencedResponses(openAPI);
        RESPONSES.stream().filter(response -> used.contains(response.name()))
                .forEach(response -> components.addResponse(response.name(), problemResponse(response)));
    }

    /** The shared responses some operation refers to: an unused component would only be noise to a reader. */
    private static Set<String> referencedResponses(OpenAPI openAPI) {
        Set<String> used = new HashSet<>();
        operations(openAPI).forEach(operation -> operation.getResponses().getAPIResponses().values().stream()
                .map(APIResponse::getRef)
                .filter(Objects::nonNull)
                .forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1))));
        return used;
    }

    private static void addLicense(OpenAPI openAPI, Config config) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        if (openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().setLicense(OASFactory.createLicense()
                    .name(config.getValue("jejaring.openapi.license.name", String.class))
                    .url(config.getValue("jejaring.openapi.license.url", String.class)));
        }
    }

    private static void addServers(OpenAPI openAPI, Config config) {
        int port = config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        openAPI.setServers(new ArrayList<>(List.of(server("http://127.0.0.1:" + port, "local ./jejaring up"))));
        Optional<String> deployed = config.getOptionalValue("jejaring.openapi.server.url", String.class);
        deployed.ifPresent(url -> openAPI.addServer(server(url,
                config.getOptionalValue("jejaring.openapi.server.description", String.class).orElse("deployed"))));
    }

    private static Server server(String url, String description) {
        return OASFactory.createServer().url(url).description(description);
    }

    private static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input: which field, and what is wrong with it.")
                .addProperty("field", stringSchema("The field, as a JSON path into the body or a parameter name.")
                        .examples(List.of("emails[0].address")))
                .addProperty("message", stringSchema("What is wrong with it.").examples(List.of("must be an email address")))
                .required(List.of("field", "message"));
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail: the body of every 4xx and 5xx answer.")
                .addProperty("type", stringSchema("A URI naming the kind of problem.")
                        .examples(List.of("urn:jejaring:problem:invalid-request")))
                .addProperty("title", stringSchema("The HTTP status's reason phrase.").examples(List.of("Bad Request")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").description("The HTTP status code.").examples(List.of(400)))
                .addProperty("detail", stringSchema("What went wrong, for a person to read.")
                        .examples(List.of("The request is invalid")))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Each invalid field, for validation failures.")
                        .items(fieldError))
                .required(List.of("type", "title", "status"));
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static APIResponse problemResponse(SharedResponse response) {
        Problem example = Problem.of(response.status(), response.kind(), response.detail());
        MediaType problemJson = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .addExample(response.name(), OASFactory.createExample().value(Map.of(
                        "type", example.type(),
                        "title", example.title(),
                        "status", example.status(),
                        "detail", example.detail())));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problemJson);
        return OASFactory.createAPIResponse().description(response.description()).content(content);
    }

    private static void addUnauthorizedEverywhere(OpenAPI openAPI) {
        operations(openAPI).forEach(JejaringOpenApiFilter::addUnauthorized);
    }

    private static List<Operation> operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();
    }

    private static void addUnauthorized(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401",
                    OASFactory.createAPIResponse().ref("Unauthorized"));
        }
    }
}
