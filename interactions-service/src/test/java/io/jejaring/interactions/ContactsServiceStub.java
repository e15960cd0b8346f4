package io.jejaring.interactions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for contacts-service's {@code GET /api/v1/contacts/{id}}, so that this service's lookups of contacts
 * it has not heard of yet can be tested alone: known ids answer 200, failing ids 500, slow ids answer too late,
 * any other id 404. It records the Authorization header each lookup carried. It also stands in for
 * {@code POST /api/v1/contacts/lookup}: each owner (the token's {@code sub}) has the addresses in {@link #ADDRESSES}
 * (an address to a contact id, or to {@link #ME}), matched ignoring case and surrounding whitespace; while
 * {@link #LOOKUP_DOWN} is set it answers 500.
 */
public class ContactsServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final Set<UUID> EXISTING = ConcurrentHashMap.newKeySet();
    public static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();
    public static final Set<UUID> SLOW = ConcurrentHashMap.newKeySet();
    public static final Map<UUID, String> AUTHORIZATION_SEEN = new ConcurrentHashMap<>();
    /** Run just before the answer for an id is sent: what happens elsewhere while the answer is on its way. */
    public static final Map<UUID, Runnable> BEFORE_ANSWER = new ConcurrentHashMap<>();

    public static final String ME = "me";
    public static final Map<String, Map<String, String>> ADDRESSES = new ConcurrentHashMap<>();
    public static final java.util.concurrent.atomic.AtomicBoolean LOOKUP_DOWN = new java.util.concurrent.atomic.AtomicBoolean();
    /** How many addresses each lookup call carried, in order. */
    public static final java.util.List<Integer> LOOKUP_SIZES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/contacts/", this::answer);
        server.createContext("/api/v1/contacts/lookup", this::lookup);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return Map.of("jejaring.contacts.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        UUID id = UUID.fromString(exchange.getRequestURI().getPath().substring("/api/v1/contacts/".length()));
        AUTHORIZATION_SEEN.put(id, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (SLOW.contains(id)) {
            sleep(4000);
        }
        BEFORE_ANSWER.getOrDefault(id, () -> { }).run();
        int status = EXISTING.contains(id) ? 200 : FAILING.contains(id) ? 500 : 404;
        byte[] body = (status == 200 ? "{\"id\":\"" + id + "\",\"displayName\":\"someone\",\"version\":1}" : "{}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void lookup(HttpExchange exchange) throws IOException {
        if (LOOKUP_DOWN.get()) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        String owner = ownerOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Map<String, String> known = ADDRESSES.getOrDefault(owner, Map.of());
        JsonNode emails = JSON.readTree(exchange.getRequestBody()).path("emails");
        LOOKUP_SIZES.add(emails.size());
        ArrayNode matches = JSON.createArrayNode();
        for (JsonNode email : emails) {
            String answer = known.get(email.asText().trim().toLowerCase(java.util.Locale.ROOT));
            if (answer != null) {
                ObjectNode match = matches.addObject().put("email", email.asText());
                if (ME.equals(answer)) {
                    match.put("me", true);
                } else {
                    match.put("contactId", answer);
                }
            }
        }
        byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().set("matches", matches));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The token's subject, read without checking it: the real contacts-service checks it. */
    private static String ownerOf(String authorization) throws IOException {
        String token = authorization.substring("Bearer ".length());
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asText();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
