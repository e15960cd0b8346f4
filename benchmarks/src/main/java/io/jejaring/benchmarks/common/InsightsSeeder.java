package io.jejaring.benchmarks.common;

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
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.jejaring.events.Channel;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;

/**
 * Fills insights-service's projection for one owner quickly: publishes {@code contact.created} events straight to
 * Kafka, the way the services publish them (CloudEvents headers, Jackson JSON), then {@code interaction.logged}
 * events for a share of the contacts, and waits until {@code GET /reach} counts every contact.
 */
public final class InsightsSeeder implements AutoCloseable {

    public static final int CREATED_WITHIN_DAYS = 400;
    public static final double WITH_INTERACTION = 0.10;
    public static final int INTERACTION_WITHIN_DAYS = 60;
    static final String SOURCE = "/jejaring/benchmarks";
    private static final Tier[] TIERS = {Tier.INNER, Tier.CLOSE, Tier.ACTIVE, Tier.ACQUAINTANCE};
    private static final Pattern TOTAL = Pattern.compile("\"totalContacts\"\\s*:\\s*(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, String> producer;
    private final HttpClient http;
    private final String insightsUrl;

    public InsightsSeeder(String bootstrapServers, HttpClient http, String insightsUrl) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"), new StringSerializer(), new StringSerializer());
        this.http = http;
        this.insightsUrl = insightsUrl;
    }

    /** How many events of each kind one seeding published. */
    public record Seeded(int contacts, int interactions, Duration published, Duration takenIn) {
    }

    public Seeded seed(String ownerId, String token, int size, long seed, Duration timeout) throws Exception {
        return seed(ownerId, token, newIds(size), seed, timeout);
    }

    /** As {@link #seed(String, String, int, long, Duration)}, for contacts whose ids another service has already. */
    public Seeded seed(String ownerId, String token, List<UUID> contacts, long seed, Duration timeout) throws Exception {
        long started = System.nanoTime();
        int interactions = publishNetwork(ownerId, contacts, seed);
        Duration published = Duration.ofNanos(System.nanoTime() - started);
        awaitTotal(token, contacts.size(), timeout);
        return new Seeded(contacts.size(), interactions, published, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Publishes one owner's network of {@code size} contacts and interactions with about a tenth of them, and
     * waits until Kafka has them all. Returns how many interactions it published.
     */
    public int publishNetwork(String ownerId, int size, long seed) throws Exception {
        return publishNetwork(ownerId, newIds(size), seed);
    }

    private static List<UUID> newIds(int size) {
        List<UUID> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** As {@link #publishNetwork(String, int, long)}, with these contact ids. */
    public int publishNetwork(String ownerId, List<UUID> contacts, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Future<?>> sent = new ArrayList<>();
        for (UUID contactId : contacts) {
            Tier tier = TIERS[random.nextInt(TIERS.length)];
            Instant createdAt = now.minusSeconds(random.nextLong(CREATED_WITHIN_DAYS * 86_400L));
            ContactSnapshot contact = new ContactSnapshot(contactId, ownerId, 1, tier, tier.defaultCadenceDays(), true,
                    List.of("community-" + random.nextInt(20)), random.nextInt(4) == 0 ? null : "culture-" + random.nextInt(6),
                    null, null, Sincerity.SINCERE, createdAt);
            sent.add(publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, ownerId, contact, createdAt));
        }
        int interactions = 0;
        for (UUID contactId : contacts) {
            if (random.nextDouble() >= WITH_INTERACTION) {
                continue;
            }
            Instant occurredAt = now.minusSeconds(random.nextLong(INTERACTION_WITHIN_DAYS * 86_400L));
            InteractionSnapshot interaction = new InteractionSnapshot(UUID.randomUUID(), ownerId, 1, List.of(contactId),
                    Channel.values()[random.nextInt(Channel.values().length)],
                    Initiator.values()[random.nextInt(Initiator.values().length)],
                    Exchange.values()[random.nextInt(Exchange.values().length)], occurredAt);
            sent.add(publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, ownerId, interaction, occurredAt));
            interactions++;
        }
        producer.flush();
        for (Future<?> future : sent) {
            future.get();
        }
        return interactions;
    }

    /** Waits until {@code GET /reach} answers {@code totalContacts} = {@code size}, printing progress. */
    private void awaitTotal(String token, int size, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastPrinted = System.nanoTime();
        long total = -1;
        while (System.nanoTime() < deadline) {
            total = total(token);
            if (total == size) {
                return;
            }
            if (System.nanoTime() - lastPrinted > 15_000_000_000L) {
                System.out.printf("    insights-service has %d of %d contacts...%n", total, size);
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(total < size / 2 ? 1_000 : 250);
        }
        throw new IllegalStateException("insights-service counted " + total + " of " + size + " contacts after "
                + timeout.toSeconds() + " s");
    }

    private long total(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(insightsUrl + "/api/v1/insights/reach"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return -1;
        }
        Matcher matcher = TOTAL.matcher(response.body());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private Future<?> publish(String topic, String type, String ownerId, Object data, Instant time)
            throws JsonProcessingException {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, ownerId, JSON.writeValueAsString(data));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", SOURCE);
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        return producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
