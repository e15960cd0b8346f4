package io.jejaring.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.jejaring.events.ContactDeleted;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TopicReader;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing on, a request's trace goes through the outbox to the record's {@code traceparent} header, and a
 * consumer's span links back to it.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
class TracingTest extends InteractionsTestBase {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aPostsTraceReachesItsRecordAndTheConsumerSpanLinksToIt() {
        UUID contact = knownContact(owner);

        as(owner).body(interaction(contact)).post("/api/v1/interactions").then().statusCode(201);

        ConsumerRecord<String, String> logged = TopicReader.awaitForOwner(Topics.INTERACTIONS, owner, 1,
                Duration.ofSeconds(30)).get(0);
        String traceparent = header(logged, "traceparent");
        assertThat(traceparent).as("the record's traceparent").isNotNull();
        String[] parts = traceparent.split("-");
        String traceId = parts[1];
        String writerSpanId = parts[2];
        SpanData request = await().atMost(Duration.ofSeconds(30))
                .until(() -> serverSpanOf(traceId), Optional::isPresent).get();
        assertThat(request.getName()).startsWith("POST");
        assertThat(request.getSpanId()).as("the record's parent is the request's span").isEqualTo(writerSpanId);

        // the same context on a contact event, as contacts-service's relay would send it, for this service to consume
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(contact, owner, 2),
                Map.of("traceparent", traceparent));

        SpanData consumer = await().atMost(Duration.ofSeconds(30))
                .until(() -> consumerSpanLinkedTo(traceId, writerSpanId), Optional::isPresent).get();
        assertThat(consumer.getName()).isEqualTo("process " + Topics.CONTACTS);
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.destination.name")))
                .isEqualTo(Topics.CONTACTS);
    }

    Optional<SpanData> serverSpanOf(String traceId) {
        return finished().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId))
                .findFirst();
    }

    Optional<SpanData> consumerSpanLinkedTo(String traceId, String spanId) {
        return finished().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .filter(span -> span.getLinks().stream().anyMatch(link -> link.getSpanContext().getTraceId()
                        .equals(traceId) && link.getSpanContext().getSpanId().equals(spanId)))
                .findFirst();
    }

    List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
