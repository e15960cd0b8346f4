package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.jejaring.events.Topics;
import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;

/**
 * Faults on the running system: a service killed with {@code kill -9} in the middle of a stream of writes, Kafka
 * away for a minute, PostgreSQL restarted under load. After each, no acknowledged write is lost and every one has
 * exactly one effect in insights; the events carry gap-free per-owner sequences; and the projection equals a
 * rebuild from the topics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static final String CONTACTS = "http://127.0.0.1:8081";
    static final String INSIGHTS = "http://127.0.0.1:8083";
    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = new LocalStack(HOME, Files.createTempDirectory("jejaring-faults")).start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    static String token(String owner) {
        return stack.tokens().token(owner);
    }

    static Map<String, Object> reach(String owner) {
        Map<String, Object> reach = new HashMap<>(given().auth().oauth2(token(owner)).get(INSIGHTS + "/api/v1/insights/reach")
                .then().statusCode(200).extract().path(""));
        reach.remove("computedAt");
        return reach;
    }

    static int interactionsSeen(String owner) {
        Map<String, Integer> mix = given().auth().oauth2(token(owner)).get(INSIGHTS + "/api/v1/insights/reach")
                .then().extract().path("channelMix");
        return mix.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many items a list endpoint holds for the owner, following its cursor. */
    static int stored(String owner, String url) {
        int count = 0;
        String cursor = null;
        do {
            var request = given().auth().oauth2(token(owner)).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(url).then().statusCode(200).extract();
            count += page.<List<?>>path("items").size();
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return count;
    }

    /**
     * No acknowledged write is lost, and every stored write shows in insights exactly once. (A write whose answer
     * was lost in the fault may still have been stored: it counts as stored, not as acknowledged.)
     */
    static void awaitExactlyOnce(String owner, ContactWriter writer) {
        int contacts = stored(owner, CONTACTS + "/api/v1/contacts");
        int interactions = stored(owner, "http://127.0.0.1:8082/api/v1/interactions");
        assertThat(contacts).as("stored contacts").isGreaterThanOrEqualTo(writer.contacts.size());
        assertThat(interactions).as("stored interactions").isGreaterThanOrEqualTo(writer.interactions.get());
        for (String id : writer.contacts) {
            given().auth().oauth2(token(owner)).get(CONTACTS + "/api/v1/contacts/" + id).then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(reach(owner).get("totalContacts")).isEqualTo(contacts);
            assertThat(interactionsSeen(owner)).isEqualTo(interactions);
        });
    }

    @Test
    @Order(1)
    void killingEachServiceMidStreamLosesNothingAndTheProjectionEqualsARebuild() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        try (ContactWriter writer = new ContactWriter(token(owner), Duration.ofMillis(50))) {
            for (Service service : Service.ALL) {
                Thread.sleep(2000);
                stack.restart(service, true);
            }
            Thread.sleep(2000);
            writer.close();
            assertThat(writer.contacts).hasSizeGreaterThan(10);
            awaitExactlyOnce(owner, writer);
        }
        Map<String, Object> live = reach(owner);
        given().auth().oauth2(stack.tokens().token(owner, Duration.ofMinutes(5), Set.of("admin")))
                .post(INSIGHTS + "/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(reach(owner)).isEqualTo(live));
    }

    @Test
    @Order(2)
    void kafkaAwayForAMinuteLosesNoEvent() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        stack.kafka().stop();
        ContactWriter writer = new ContactWriter(token(owner), Duration.ofSeconds(2));
        try {
            Thread.sleep(Duration.ofSeconds(60).toMillis());
        } finally {
            writer.close();
            stack.kafka().start();
        }
        assertThat(writer.failures.get()).as("writes fail while Kafka is away").isZero();
        assertThat(writer.contacts).hasSizeGreaterThan(10);
        awaitExactlyOnce(owner, writer);
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoadMakesServicesNotReadyThenTheyRecover() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        try (ContactWriter writer = new ContactWriter(token(owner), Duration.ofMillis(100))) {
            Thread.sleep(2000);
            Thread outage = new Thread(() -> {
                try {
                    stack.restartPostgres(Duration.ofSeconds(8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            outage.start();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                    given().get(Service.ALL.get(0).managementUrl() + "/q/health/ready").statusCode() == 503);
            outage.join();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    Service.ALL.stream().allMatch(service -> given().get(service.managementUrl() + "/q/health/ready").statusCode() == 200));
            Thread.sleep(2000);
            writer.close();
            awaitExactlyOnce(owner, writer);
        }
    }

    @Test
    @Order(4)
    void everyOwnersEventsCarryGapFreeSequencesInOrder() {
        for (String topic : List.of(Topics.CONTACTS, Topics.INTERACTIONS)) {
            Map<String, Long> lastSequence = new HashMap<>();
            Set<String> seen = new HashSet<>();
            List<String> problems = new ArrayList<>();
            for (ConsumerRecord<String, String> record : readAll(topic)) {
                String id = header(record, "ce_id");
                if (!seen.add(id)) {
                    continue; // a redelivery of the same event: consumers deduplicate it by its ce_id
                }
                String stream = record.key() + " " + header(record, "ce_source");
                long sequence = Long.parseLong(header(record, "ce_sequence"));
                long expected = lastSequence.getOrDefault(stream, 0L) + 1;
                if (sequence != expected) {
                    problems.add(stream + ": expected " + expected + ", got " + sequence);
                }
                lastSequence.put(stream, sequence);
            }
            assertThat(problems).as(topic).isEmpty();
            assertThat(lastSequence).as(topic).isNotEmpty();
        }
    }

    static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant quiet = Instant.now().plusSeconds(5);
            while (Instant.now().isBefore(quiet)) {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    quiet = Instant.now().plusSeconds(3);
                }
            }
        }
        // per owner, order matters within a partition only, and an owner's events all share one partition
        records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
