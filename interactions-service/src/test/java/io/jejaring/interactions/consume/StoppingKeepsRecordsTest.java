package io.jejaring.interactions.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.jejaring.plumbing.consume.EventHandler;
import io.jejaring.plumbing.outbox.CloudEventHeaders;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * While a service stops, Quarkus closes Hibernate and the Kafka clients under a consumer that is still applying a
 * batch, and every record then fails. None of them may be dead-lettered: they are good events, and the next start
 * reads them again. Its own profile, so the stop this test announces ends with its application.
 */
@QuarkusTest
@TestProfile(StoppingKeepsRecordsTest.OwnApplication.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
class StoppingKeepsRecordsTest {

    public static class OwnApplication implements QuarkusTestProfile {
    }

    @Inject
    EventBatchProcessor processor;

    @Inject
    Event<ShutdownEvent> shutdown;

    /** A handler that fails the way one does once Hibernate is closed. */
    final Supplier<EventHandler> closedDatabase = () -> event -> {
        throw new IllegalStateException("EntityManagerFactory is closed");
    };

    @Test
    void aFailureWhileStoppingIsNotDeadLettered() {
        String running = TestTokens.newOwner();
        processor.process(List.of(record(running)), closedDatabase);
        assertThat(deadLettered(running)).as("running: a record that fails alone is dead-lettered").isEqualTo(1);

        shutdown.fire(new ShutdownEvent());

        String stopping = TestTokens.newOwner();
        assertThatThrownBy(() -> processor.process(List.of(record(stopping), record(stopping)), closedDatabase))
                .isInstanceOf(IllegalStateException.class);
        assertThat(deadLettered(stopping)).as("stopping: nothing is dead-lettered").isZero();
    }

    private static long deadLettered(String ownerId) {
        return TopicReader.readToEnd(Topics.deadLetter(Topics.CONTACTS)).stream()
                .filter(record -> ownerId.equals(record.key())).count();
    }

    /** A well-formed event, so the handler is what fails. */
    private static ConsumerRecord<String, String> record(String ownerId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.CONTACTS, 0, 0, ownerId, "{}");
        CloudEventHeaders.add(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
        CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, EventTypes.CONTACT_CREATED);
        return record;
    }
}
