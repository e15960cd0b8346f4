package io.jejaring.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a steady stream of contacts, and an interaction with each, for one owner, remembering every write that
 * was acknowledged (201). Failed writes (a service killed, a database away) are counted, never remembered.
 */
final class ContactWriter implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final String token;
    private final Duration pause;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    final List<String> contacts = new CopyOnWriteArrayList<>();
    final AtomicInteger interactions = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();

    ContactWriter(String token, Duration pause) {
        this.token = token;
        this.pause = pause;
        this.thread = new Thread(this::run, "contact-writer");
        thread.start();
    }

    private void run() {
        int n = 0;
        while (running.get()) {
            String id = post("http://127.0.0.1:8081/api/v1/contacts", "{\"displayName\":\"Stream " + n++ + "\",\"tier\":\"ACTIVE\"}");
            if (id != null) {
                contacts.add(id);
                if (post("http://127.0.0.1:8082/api/v1/interactions", "{\"contactIds\":[\"" + id + "\"],\"channel\":\"PHONE\","
                        + "\"occurredAt\":\"" + Instant.now().minusSeconds(30) + "\"}") != null) {
                    interactions.incrementAndGet();
                }
            }
            sleep(pause);
        }
    }

    /** Answers the new resource's id on 201, or null. */
    private String post(String url, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                return id.group(1);
            }
        } catch (java.io.IOException e) {
            // the service is down: not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failures.incrementAndGet();
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
