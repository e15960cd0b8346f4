package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.Channel;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Topics;
import io.jejaring.insights.domain.Rebuild;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Contacts are imported while interactions are logged for them, concurrently, to the real topics: both
 * consumers and the overdue scan then write the same relationships at once. Afterwards nothing is dead-lettered,
 * and every insight equals what a rebuild from the topics gives. (The events are produced here, as the two
 * writing services would, rather than through the services themselves, to keep the test within this module.)
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class ConcurrentProjectionTest {

    static final int CONTACTS = 300;
    static final int INTERACTIONS_PER_WRITER = 150;
    static final int WRITERS = 3;
    static final Duration WAIT = Duration.ofSeconds(120);
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    Rebuild rebuild;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void freeze() {
        clock.freezeAt(NOW);
    }

    @AfterEach
    void unfreeze() {
        clock.reset();
    }

    @Test
    void contactsImportedWhileInteractionsAreLoggedLeaveNoDeadLetterAndEqualARebuild() throws SQLException {
        String owner = TestTokens.newOwner();
        long deadlocksBefore = DeadlockRetryTest.deadlocks(dataSource);
        List<UUID> contacts = IntStream.range(0, CONTACTS).mapToObj(i -> UUID.randomUUID()).toList();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS + 2);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            // the import, in two halves at once, as two pages of a file would be
            for (List<UUID> half : List.of(contacts.subList(0, CONTACTS / 2), contacts.subList(CONTACTS / 2, CONTACTS))) {
                running.add(CompletableFuture.runAsync(() -> half.forEach(contact -> TestEvents.publish(Topics.CONTACTS,
                        EventTypes.CONTACT_CREATED, owner, ContactProjectionTest.contact(owner, contact, 1, 30,
                                NOW.minus(Duration.ofDays(100))))), writers));
            }
            for (int writer = 0; writer < WRITERS; writer++) {
                Random random = new Random(writer);
                running.add(CompletableFuture.runAsync(() -> logInteractions(owner, contacts, random), writers));
            }
            running.forEach(CompletableFuture::join);
        } finally {
            writers.shutdownNow();
        }
        // the last event of the interactions topic, for this owner's partition: once it shows, all before it did
        Instant last = NOW;
        TestEvents.publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, new InteractionSnapshot(
                UUID.randomUUID(), owner, 1, List.of(contacts.get(0)), Channel.PHONE, Initiator.ME, Exchange.SOCIAL, last));
        await().atMost(WAIT).until(() -> Integer.valueOf(CONTACTS).equals(reach(owner).get("totalContacts"))
                && last.toString().equals(relationship(owner, contacts.get(0)).get("lastInteractionAt")));

        // a dead letter is published before the consumer goes on, so it would be there by now
        for (String topic : List.of(Topics.CONTACTS, Topics.INTERACTIONS)) {
            assertThat(TopicReader.readToEnd(Topics.deadLetter(topic))).noneMatch(record -> owner.equals(record.key()));
        }
        // every writer takes its locks in one order, so they did not even deadlock
        assertThat(DeadlockRetryTest.deadlocks(dataSource)).isEqualTo(deadlocksBefore);
        Map<String, Object> before = insights(owner, contacts);

        given().auth().oauth2(TestTokens.admin(owner)).post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(rebuild.isReplaying()).isFalse();
            assertThat(insights(owner, contacts)).isEqualTo(before);
        });
    }

    /** Interactions with one to three of the contacts, some of them not imported yet, and edits of earlier ones. */
    private static void logInteractions(String owner, List<UUID> contacts, Random random) {
        List<UUID> logged = new ArrayList<>();
        for (int i = 0; i < INTERACTIONS_PER_WRITER; i++) {
            boolean edit = !logged.isEmpty() && random.nextInt(5) == 0;
            UUID interaction = edit ? logged.get(random.nextInt(logged.size())) : UUID.randomUUID();
            List<UUID> named = random.ints(1 + random.nextInt(3), 0, CONTACTS).distinct().mapToObj(contacts::get).toList();
            TestEvents.publish(Topics.INTERACTIONS, edit ? EventTypes.INTERACTION_UPDATED : EventTypes.INTERACTION_LOGGED,
                    owner, new InteractionSnapshot(interaction, owner, edit ? 2 : 1, named,
                            Channel.values()[random.nextInt(Channel.values().length)],
                            Initiator.values()[random.nextInt(Initiator.values().length)],
                            Exchange.values()[random.nextInt(Exchange.values().length)],
                            NOW.minus(Duration.ofHours(1 + random.nextInt(24 * 120)))));
            if (!edit) {
                logged.add(interaction);
            } else {
                logged.remove(interaction);
            }
        }
    }

    /** What the owner sees: the reach, every overdue relationship, and every contact's relationship. */
    private static Map<String, Object> insights(String owner, List<UUID> contacts) {
        Map<String, Object> insights = new LinkedHashMap<>();
        insights.put("reach", reach(owner));
        insights.put("overdue", overdue(owner));
        contacts.forEach(contact -> insights.put(contact.toString(), relationship(owner, contact)));
        return insights;
    }

    private static Map<String, Object> reach(String owner) {
        Map<String, Object> reach = get(owner, "/api/v1/insights/reach");
        reach.remove("computedAt");
        return reach;
    }

    private static Map<String, Object> relationship(String owner, UUID contact) {
        return get(owner, "/api/v1/insights/contacts/" + contact);
    }

    private static List<Object> overdue(String owner) {
        List<Object> items = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = get(owner, "/api/v1/insights/overdue?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            items.addAll((List<?>) page.get("items"));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** The answer as JSON read exactly: every number a double or an integer, as sent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(String owner, String path) {
        String body = given().auth().oauth2(TestTokens.forOwner(owner)).get(path).then().statusCode(200).extract().asString();
        try {
            return JSON.readValue(body, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
