package io.jejaring.interactions;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.ContactsMerged;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.interactions.store.KnownContact;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** interactions-service learns which contacts exist from the real contact stream. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
class KnownContactsProjectionTest {

    final String owner = TestTokens.newOwner();

    ContactSnapshot contact(UUID id, long version) {
        return new ContactSnapshot(id, owner, version, Tier.ACTIVE, 90, true, List.of(), null, null, null,
                Sincerity.UNSURE, Instant.now());
    }

    static boolean live(String ownerId, UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownContact.isLive(ownerId, contactId));
    }

    @Test
    void createdContactsAreKnownAndDeletedOrMergedOnesAreNotEvenWhenEventsArriveLate() {
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(kept, 1));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(deleted, owner, 2));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(deleted, 1));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(merged, 1));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_MERGED, owner, new ContactsMerged(owner, kept, merged, 2));
        UUID marker = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(marker, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> live(owner, marker));
        assertThat(live(owner, kept)).isTrue();
        assertThat(live(owner, deleted)).isFalse();
        assertThat(live(owner, merged)).isFalse();
        assertThat(live(TestTokens.newOwner(), kept)).isFalse();
    }
}
