package io.jejaring.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.Topics;
import io.jejaring.interactions.domain.Caller;
import io.jejaring.interactions.domain.InteractionDraft;
import io.jejaring.interactions.domain.InteractionService;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A contact deleted while a request that names it is under way never keeps a link to the erased contact. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class ContactDeletedDuringRequestTest extends InteractionsTestBase {

    @Inject
    EntityManager entityManager;

    @Inject
    InteractionService interactions;

    @Test
    void aDeletionProcessedWhileContactsServiceAnswersMakesThatContact422() {
        UUID fresh = UUID.randomUUID();
        ContactsServiceStub.EXISTING.add(fresh);
        // contacts-service said yes; its deletion event is processed before the answer arrives here
        ContactsServiceStub.BEFORE_ANSWER.put(fresh, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("INSERT INTO known_contact (owner_id, contact_id, version, deleted) VALUES (?1, ?2, 2, true)")
                .setParameter(1, owner).setParameter(2, fresh).executeUpdate()));

        as(owner).body(interaction(fresh)).post("/api/v1/interactions").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString(fresh.toString()));
        as(owner).queryParam("contactId", fresh.toString()).get("/api/v1/interactions").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aDeletionProcessedBeforeTheRequestCommitsRemovesTheLinkItMade() {
        UUID leaving = knownContact(owner);
        UUID staying = knownContact(owner);

        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            Interaction logged = interactions.log(new Caller(owner, TestTokens.forOwner(owner)), InteractionDraft.builder()
                    .contactIds(List.of(leaving, staying)).channel(Channel.PHONE).initiatedBy(Initiator.ME)
                    .exchange(Exchange.SOCIAL).occurredAt(Instant.now().minusSeconds(60)).build());
            TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(leaving, owner, 2));
            // the deletion reaches the database while this request has not committed: it must wait for it
            await().atMost(Duration.ofSeconds(30)).until(this::aContactWriteWaitsOnALock);
            return logged.id;
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(owner).get("/api/v1/interactions/" + id)
                .then().statusCode(200).body("contactIds", contains(staying.toString())));
        assertThat(isLive(owner, leaving)).isFalse();
    }

    boolean aContactWriteWaitsOnALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%known_contact%'""")
                .getSingleResult()).intValue() > 0);
    }
}
