package io.jejaring.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * Insight events from the real broker reach the open pages of the owner they are keyed by, and no one else's.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(value = LiveKafka.class, restrictToAnnotatedClass = true)
class LiveTest {

    @TestHTTPResource("/live")
    URL live;

    @Inject
    KafkaClientService kafkaClients;

    @Inject
    LiveUpdates updates;

    private final List<Stream<String>> open = new CopyOnWriteArrayList<>();

    @AfterEach
    void closePages() {
        open.forEach(Stream::close);
    }

    @Test
    void anInsightForAnOwnerReachesTheirPagesAndNoOneElses() {
        awaitConsumerReadingFromNow();
        List<String> ownerA = follow("owner-a");
        List<String> ownerB = follow("owner-b");
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.followers("owner-a") == 1
                && updates.followers("owner-b") == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> ownerA.contains("event:ping"));

        // Both on one partition, so the consumer reads owner-a's event before owner-b's: once owner-b's page has
        // its own event, it would already have had owner-a's, had it been sent there.
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(insight(0, "owner-a", EventTypes.RELATIONSHIP_OVERDUE));
            producer.send(insight(0, "owner-b", EventTypes.REACH_CHANGED));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> ownerA.contains("event:relationship-overdue")
                && ownerB.contains("event:reach-changed"));
        assertThat(ownerB).doesNotContain("event:relationship-overdue");
        assertThat(String.join("\n", ownerA)).doesNotContain("reach-changed").doesNotContain("owner-a");
    }

    @Test
    void aPageThatGoesAwayStopsFollowing() {
        follow("owner-c");
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.followers("owner-c") == 1);
        closePages();
        // The server learns it at the latest when the next ping (every second in this test) finds the page gone.
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.followers("owner-c") == 0);
    }

    /** Opens /live as a browser signed in as the owner would, and collects the lines it receives. */
    private List<String> follow(String owner) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(live.toString()))
                .header("Accept", "text/event-stream")
                .header("Cookie", SessionCookie.NAME + "=" + SignedIn.session(owner)).GET().build();
        HttpResponse<Stream<String>> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<String> lines = new CopyOnWriteArrayList<>();
        open.add(response.body());
        Thread reader = new Thread(() -> {
            try {
                response.body().map(line -> line.replace(": ", ":")).forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the page
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /**
     * The consumer reads from the newest record on: wait until it has its partitions and has looked up where it
     * starts in each, so an event sent after this is one it reads.
     */
    private void awaitConsumerReadingFromNow() {
        KafkaConsumer<Object, Object> consumer = kafkaClients.getConsumer("insights");
        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.getAssignments().await().indefinitely().size()
                == LiveKafka.PARTITIONS);
        consumer.runOnPollingThread(kafka -> {
            Set<TopicPartition> assigned = kafka.assignment();
            assigned.forEach(kafka::position);
            return assigned;
        }).await().indefinitely();
    }

    private static ProducerRecord<String, String> insight(int partition, String owner, String type) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INSIGHTS, partition, owner,
                "{\"ownerId\":\"" + owner + "\"}");
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LiveKafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }
}
