package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running services' create endpoints, as every suite calls them: {@code POST} over HTTP/1.1 with an owner's
 * token, and the contacts (and interactions-service's knowledge of them) a run needs first.
 */
public final class ServiceApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final HttpClient http;
    private final URI contacts;
    private final URI interactions;

    public ServiceApi(HttpClient http, String contactsBaseUrl, String interactionsBaseUrl) {
        this.http = http;
        this.contacts = URI.create(contactsBaseUrl + "/api/v1/contacts");
        this.interactions = URI.create(interactionsBaseUrl + "/api/v1/interactions");
    }

    /** {@code POST /api/v1/contacts}. */
    public URI contacts() {
        return contacts;
    }

    /** {@code POST /api/v1/interactions}. */
    public URI interactions() {
        return interactions;
    }

    /** An interaction: one contact, a phone call I made, in which I gave, at {@code occurredAt}. */
    public static String interactionBody(String contact, String occurredAt) {
        return "{\"contactIds\":[\"" + contact + "\"],\"channel\":\"PHONE\",\"initiatedBy\":\"ME\",\"exchange\":\"GAVE\","
                + "\"occurredAt\":\"" + occurredAt + "\",\"summary\":\"bench\"}";
    }

    public static Instant anHourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
    }

    /** Creates {@code count} contacts for the owner in contacts-service and returns their ids. */
    public List<UUID> createContacts(String ownerId, String token, int count) throws IOException, InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            HttpResponse<String> response = http.send(post(contacts, token,
                    "{\"displayName\":\"Bench contact " + i + " of " + ownerId + "\"}"), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/contacts answered " + response.statusCode() + ": "
                        + response.body());
            }
            Matcher id = ID.matcher(response.body());
            if (!id.find()) {
                throw new IllegalStateException("no id in the created contact: " + response.body());
            }
            ids.add(UUID.fromString(id.group(1)));
        }
        return ids;
    }

    /**
     * Logs one interaction with each of the owner's contacts, retrying each until interactions-service accepts it
     * (it learns new contacts from their events, or asks contacts-service).
     */
    public void awaitAccepted(Owner owner, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (UUID contact : owner.contacts()) {
            while (true) {
                HttpResponse<String> response = http.send(post(interactions, owner.token(),
                        interactionBody(contact.toString(), anHourAgo().toString())),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("interactions-service still answers " + response.statusCode()
                            + " for contact " + contact + " of " + owner.id() + " after " + timeout + ": " + response.body());
                }
                Thread.sleep(200);
            }
        }
    }

    /** Sends one {@code POST} of {@code json} as the token's owner, and answers its status. */
    public int send(URI uri, String token, String json) throws IOException, InterruptedException {
        return http.send(post(uri, token, json), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
