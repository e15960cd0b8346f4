package io.jejaring.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The system's side: each {@link Endpoint}'s {@code POST} over HTTP/1.1, and the contacts the writes need first. */
final class ApiWrites {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final HttpClient http;
    private final URI contacts;
    private final URI interactions;

    ApiWrites(HttpClient http, String contactsBaseUrl, String interactionsBaseUrl) {
        this.http = http;
        this.contacts = URI.create(contactsBaseUrl + "/api/v1/contacts");
        this.interactions = URI.create(interactionsBaseUrl + "/api/v1/interactions");
    }

    /**
     * The HTTP client both setup and load use: HTTP/1.1, keeping at most {@code concurrency} idle connections.
     * The pool size is a JDK system property read once, so this must run before any other HttpClient is made.
     */
    static HttpClient client(int concurrency) {
        System.setProperty("jdk.httpclient.connectionPoolSize", Integer.toString(concurrency));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The body of one request to the endpoint, for the owner and contact picked; the raw side writes the same,
     * drawing from its random numbers alike.
     */
    static String body(Endpoint endpoint, Owner.Pick pick, SplittableRandom random) {
        return switch (endpoint) {
            case CONTACTS -> NewContact.random(random).body();
            case INTERACTIONS -> interactionBody(pick.contact().toString(), anHourAgo().toString());
        };
    }

    /** A body as the report shows it, with what varies between requests in angle brackets. */
    static String sampleBody(Endpoint endpoint) {
        return switch (endpoint) {
            case CONTACTS -> new NewContact("<name>", "<email>").body();
            case INTERACTIONS -> interactionBody("<contact id>", "<an hour ago>");
        };
    }

    /** The size of a typical body, in bytes. */
    static int bodyBytes(Endpoint endpoint) {
        Owner.Pick pick = new Owner.Pick(new Owner("bench-owner-01", "", List.of()), UUID.randomUUID());
        return body(endpoint, pick, new SplittableRandom(1)).getBytes(StandardCharsets.UTF_8).length;
    }

    /** An interaction: one contact, a phone call I made, in which I gave, at {@code occurredAt}. */
    static String interactionBody(String contact, String occurredAt) {
        return "{\"contactIds\":[\"" + contact + "\"],\"channel\":\"PHONE\",\"initiatedBy\":\"ME\",\"exchange\":\"GAVE\","
                + "\"occurredAt\":\"" + occurredAt + "\",\"summary\":\"bench\"}";
    }

    static Instant anHourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
    }

    /** Creates {@code count} contacts for the owner in contacts-service and returns their ids. */
    List<UUID> createContacts(String ownerId, String token, int count) throws IOException, InterruptedException {
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
    void awaitAccepted(Owner owner, Duration timeout) throws IOException, InterruptedException {
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

    ClosedLoop.WorkerFactory workers(Endpoint endpoint, List<Owner> owners) {
        URI uri = switch (endpoint) {
            case CONTACTS -> contacts;
            case INTERACTIONS -> interactions;
        };
        return index -> {
            SplittableRandom random = new SplittableRandom(index * 7919L + 1);
            return () -> {
                Owner.Pick pick = Owner.pick(owners, random);
                HttpResponse<Void> response = http.send(
                        post(uri, pick.owner().token(), body(endpoint, pick, random)),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 201) {
                    throw new ClosedLoop.RequestFailed("HTTP " + response.statusCode());
                }
            };
        };
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
