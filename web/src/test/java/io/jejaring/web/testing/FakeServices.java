package io.jejaring.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.jejaring.localinfra.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for the three services' HTTP APIs, answering what a test sets with {@link #answer}, and recording what
 * web asked (to check the token it sent and that a page makes one batch call, not one per row). The web app's own
 * logic is what these tests are about; the browser tests in system-tests run it against the real services.
 * Also makes the signing keys the local sign-in checks codes with.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** A request web made: method, path with query, its Authorization, If-Match, Content-Type and Accept headers, and body. */
    public record Call(String method, String pathAndQuery, String authorization, String ifMatch, String contentType,
            String accept, String body) {
    }

    private record Answer(int status, String json, Map<String, String> headers) {
    }

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private static TokenIssuer tokens;
    private HttpServer server;

    /** Answers {@code method path} (the path without its query) with this status and JSON body until reset. */
    public static void answer(String method, String path, int status, String json) {
        answer(method, path, status, json, Map.of());
    }

    /** As {@link #answer(String, String, int, String)}, with response headers too (an ETag, a Location). */
    public static void answer(String method, String path, int status, String json, Map<String, String> headers) {
        ANSWERS.put(method + " " + path, new Answer(status, json, headers));
    }

    /** Empty answers to what the Today page asks for, for tests about something else than its content. */
    public static void answerAnEmptyToday() {
        String empty = "{\"items\":[],\"nextCursor\":null}";
        answer("GET", "/api/v1/insights/overdue", 200, empty);
        answer("GET", "/api/v1/insights/suggestions", 200, empty);
        answer("GET", "/api/v1/commitments", 200, empty);
    }

    public static List<Call> calls() {
        return List.copyOf(CALLS);
    }

    public static void reset() {
        ANSWERS.clear();
        CALLS.clear();
    }

    /** The local stack's token issuer whose key web checks sign-in codes with. */
    public static TokenIssuer tokens() {
        return tokens;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path keys = Files.createTempDirectory("web-test-keys");
            tokens = TokenIssuer.loadOrCreate(keys);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", FakeServices::handle);
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("jejaring.web.signin.keys", keys.toString(),
                    "quarkus.rest-client.contacts.url", url,
                    "quarkus.rest-client.interactions.url", url,
                    "quarkus.rest-client.insights.url", url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        CALLS.add(new Call(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("If-Match"),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Accept"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
                new Answer(404, "{\"title\":\"Not Found\",\"status\":404}", Map.of()));
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
