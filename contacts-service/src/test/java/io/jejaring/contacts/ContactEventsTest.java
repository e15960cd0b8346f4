package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.jejaring.events.EventContract;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.localinfra.LocalKafka;
import io.jejaring.plumbing.testing.Management;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What contacts-service really publishes, read back from the real broker. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ContactEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final EventContract CONTRACT = EventContract.load();

    String create(String owner, String displayName) {
        return given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"" + displayName + "\",\"tier\":\"ACTIVE\"}")
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void contactCreatedIsACloudEventKeyedByOwnerWithoutPersonalData() {
        String owner = TestTokens.newOwner();
        String id = create(owner, "Sri Wahyuni");

        List<ConsumerRecord<String, String>> records = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 1, WAIT);

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> event = records.get(0);
        assertThat(event.key()).isEqualTo(owner);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_type")).isEqualTo(EventTypes.CONTACT_CREATED);
        assertThat(header(event, "ce_source")).isEqualTo(EventTypes.SOURCE_CONTACTS);
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        assertThat(header(event, "ce_id")).matches("[0-9a-f-]{36}");
        assertThat(header(event, "ce_time")).endsWith("Z");
        assertThat(header(event, "ce_sequence")).isEqualTo("1");
        assertThat(header(event, "content-type")).isEqualTo("application/json");
        CONTRACT.assertValid(EventTypes.CONTACT_CREATED, event.value());
        assertThat(event.value()).doesNotContain("Sri").doesNotContain("Wahyuni").doesNotContain("displayName")
                .contains("\"contactId\":\"" + id + "\"").contains("\"version\":1").doesNotContain("\n");
    }

    @Test
    void eachEventHasAUniqueIdAndTheOwnersNextSequence() {
        String owner = TestTokens.newOwner();
        for (int i = 0; i < 5; i++) {
            create(owner, "Contact " + i);
        }
        List<ConsumerRecord<String, String>> records = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 5, WAIT);

        assertThat(records).extracting(record -> header(record, "ce_sequence"))
                .containsExactly("1", "2", "3", "4", "5");
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(header(record, "ce_id")));
        assertThat(ids).hasSize(5);
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndTheEventsArriveWhenItReturns() {
        LocalKafka kafka = TestInfrastructure.get().embeddedKafka().orElse(null);
        Assumptions.assumeTrue(kafka != null, "needs the in-process broker, which this test can stop");
        String owner = TestTokens.newOwner();

        kafka.stop();
        try {
            create(owner, "Written while Kafka was down");
            create(owner, "Also written while Kafka was down");
            Management.given().get("/q/health/ready").then().statusCode(200);
            Management.given().get("/q/health/group/kafka").then().statusCode(503);
            Management.given().get("/q/metrics").then().statusCode(200)
                    .body(matchesPattern("(?s).*jejaring_outbox_backlog(\\{[^}]*\\})? [1-9].*"));
        } finally {
            kafka.start();
        }

        List<ConsumerRecord<String, String>> records = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 2, Duration.ofSeconds(90));
        assertThat(records).extracting(record -> header(record, "ce_sequence")).containsExactly("1", "2");
        Management.given().get("/q/health/group/kafka").then().statusCode(200);
    }
}
