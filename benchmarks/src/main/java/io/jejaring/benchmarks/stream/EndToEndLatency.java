package io.jejaring.benchmarks.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.OpenLoad;
import io.jejaring.benchmarks.common.Owner;
import io.jejaring.benchmarks.common.ServiceApi;

/**
 * End-to-end latency under open-model load: {@code POST /api/v1/interactions} at a fixed rate, and for each write
 * the time from when it was due to when insights-service has applied it. Applied means its {@code interaction_fact}
 * row is committed, which happens in the same transaction as the relationship's new last interaction, due date,
 * strength and flags; a watcher looks for the writes in insights-service's database every {@value #WATCH_MILLIS} ms.
 */
final class EndToEndLatency {

    static final int WATCH_MILLIS = 2;
    static final int WATCH_AT_ONCE = 1_000;
    static final int MAX_OUTSTANDING = 5_000;
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(60);
    /** Each pending write by its full primary key, one index probe each (see {@link PendingWrites}). */
    static final String WATCH_QUERY = """
            SELECT f.interaction_id FROM unnest(?::text[], ?::uuid[]) AS w(owner_id, interaction_id)
            JOIN interaction_fact f ON f.owner_id = w.owner_id AND f.interaction_id = w.interaction_id""";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    /** One rate: the HTTP side as the load generator saw it, and write-to-insight latencies. */
    record Step(double rate, OpenLoad.Result http, long[] endToEnd, long notApplied, CpuAccounting.Usage cpu) {
    }

    private final HttpClient http;
    private final URI interactions;
    private final List<Owner> owners;
    private final Map<String, String> insightsEnvironment;
    private final CpuAccounting cpu;

    EndToEndLatency(HttpClient http, String interactionsUrl, List<Owner> owners, Map<String, String> insightsEnvironment,
            CpuAccounting cpu) {
        this.http = http;
        this.interactions = URI.create(interactionsUrl + "/api/v1/interactions");
        this.owners = owners;
        this.insightsEnvironment = insightsEnvironment;
        this.cpu = cpu;
    }

    Step run(double rate, Duration warmUp, Duration measured) throws Exception {
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(rate));
        try (Watcher watcher = new Watcher()) {
            watcher.start();
            CpuAccounting.Snapshot before = cpu.snapshot();
            OpenLoad.Result result = OpenLoad.run(rate, warmUp, measured, MAX_OUTSTANDING, ANSWER_TIMEOUT,
                    (due, counted) -> send(Owner.pick(owners, random), due, counted ? watcher : null));
            CpuAccounting.Usage usage = CpuAccounting.Usage.between(before, cpu.snapshot());
            long notApplied = watcher.awaitAll(APPLY_TIMEOUT);
            return new Step(rate, result, watcher.latencies(), notApplied, usage);
        }
    }

    private CompletableFuture<Boolean> send(Owner.Pick pick, long due, Watcher watcher) {
        HttpRequest request = HttpRequest.newBuilder(interactions)
                .header("Authorization", "Bearer " + pick.owner().token())
                .header("Content-Type", "application/json")
                .timeout(ANSWER_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(
                        ServiceApi.interactionBody(pick.contact().toString(), ServiceApi.anHourAgo().toString())))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 201) {
                return false;
            }
            Matcher id = ID.matcher(response.body());
            if (watcher != null && id.find()) {
                watcher.pending.expect(pick.owner().id(), UUID.fromString(id.group(1)), due);
            }
            return true;
        });
    }

    /** Looks for the expected interactions in insights-service's database and records when each shows up. */
    private final class Watcher extends Thread implements AutoCloseable {

        private final PendingWrites pending = new PendingWrites();
        private final Latencies.Recorder applied = new Latencies.Recorder();
        private volatile boolean running = true;
        private volatile Exception failure;

        Watcher() {
            super("end-to-end-watcher");
            setDaemon(true);
        }

        @Override
        public void run() {
            try (Connection connection = DriverManager.getConnection(insightsEnvironment.get("QUARKUS_DATASOURCE_JDBC_URL"),
                    insightsEnvironment.get("QUARKUS_DATASOURCE_USERNAME"),
                    insightsEnvironment.get("QUARKUS_DATASOURCE_PASSWORD"));
                    PreparedStatement query = connection.prepareStatement(WATCH_QUERY)) {
                while (running) {
                    List<PendingWrites.Write> oldest = pending.oldest(WATCH_AT_ONCE);
                    if (!oldest.isEmpty()) {
                        Map<UUID, PendingWrites.Write> byId = new HashMap<>();
                        oldest.forEach(write -> byId.put(write.interactionId(), write));
                        query.setArray(1, connection.createArrayOf("text",
                                oldest.stream().map(PendingWrites.Write::ownerId).toArray()));
                        query.setArray(2, connection.createArrayOf("uuid",
                                oldest.stream().map(PendingWrites.Write::interactionId).toArray()));
                        try (ResultSet rows = query.executeQuery()) {
                            long seenAt = System.nanoTime();
                            while (rows.next()) {
                                PendingWrites.Write write = byId.get(rows.getObject(1, UUID.class));
                                pending.seen(write);
                                synchronized (applied) {
                                    applied.add(seenAt - write.due());
                                }
                            }
                        }
                    }
                    Thread.sleep(WATCH_MILLIS);
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        /** Waits until every expected write has been seen applied; returns how many were not. */
        long awaitAll(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline && failure == null) {
                Thread.sleep(20);
            }
            if (failure != null) {
                throw failure;
            }
            return pending.size();
        }

        long[] latencies() {
            synchronized (applied) {
                return applied.toArray();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            join(5_000);
        }
    }
}
