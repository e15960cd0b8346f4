package io.jejaring.insights.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Locks, before a batch writes anything, every relationship row it will write, in {@code (owner_id, contact_id)}
 * order. Every writer then takes its relationship rows in the same order, and the owner's outbox sequence row
 * only after them (see {@code Outbox}), so the consumers and the overdue scan do not deadlock each other.
 * <p>
 * A row that does not exist yet is inserted as a placeholder (version 0), which the events fill in; so new rows
 * are ordered too. Each event that names a row would have created it anyway, except a stale interaction edit
 * naming a contact the projection never saw, which leaves an empty placeholder: every read skips version 0.
 */
@ApplicationScoped
public class RelationshipLocks {

    /** {@code ON CONFLICT DO UPDATE ... WHERE false} locks an existing row without changing it. */
    private static final String LOCK = """
            INSERT INTO relationship (owner_id, contact_id, version)
            SELECT owner_id, contact_id, 0 FROM (
                SELECT k->>0 AS owner_id, CAST(k->>1 AS uuid) AS contact_id FROM jsonb_array_elements(CAST(?1 AS jsonb)) k
                UNION
                SELECT l.owner_id, l.contact_id FROM jsonb_array_elements(CAST(?2 AS jsonb)) i
                JOIN interaction_contact l ON l.owner_id = i->>0 AND l.interaction_id = CAST(i->>1 AS uuid)
                UNION
                SELECT r.owner_id, r.contact_id FROM jsonb_array_elements(CAST(?3 AS jsonb)) d
                JOIN relationship r ON r.owner_id = d->>0 AND r.introduced_by = CAST(d->>1 AS uuid)
            ) touched
            ORDER BY owner_id, contact_id
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET version = relationship.version WHERE false""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public Plan plan() {
        return new Plan();
    }

    /** The rows one batch will write, named by its events. */
    public final class Plan {

        private final List<List<String>> contacts = new ArrayList<>();
        private final List<List<String>> interactions = new ArrayList<>();
        private final List<List<String>> deletedContacts = new ArrayList<>();

        /** The event writes this contact's relationship. */
        public void contact(String ownerId, UUID contactId) {
            contacts.add(List.of(ownerId, contactId.toString()));
        }

        /** The event erases this contact: its row, and the rows of the contacts it introduced. */
        public void deletedContact(String ownerId, UUID contactId) {
            contact(ownerId, contactId);
            deletedContacts.add(List.of(ownerId, contactId.toString()));
        }

        /** The event replaces this interaction: the contacts it names now, and those it named before. */
        public void interaction(String ownerId, UUID interactionId, Collection<UUID> contactIds) {
            contactIds.forEach(contactId -> contact(ownerId, contactId));
            interactions.add(List.of(ownerId, interactionId.toString()));
        }

        /** Takes the locks, in the caller's transaction. */
        public void lock() {
            if (contacts.isEmpty() && interactions.isEmpty()) {
                return;
            }
            // FlushModeType.COMMIT: nothing is pending before a batch's first event, so there is nothing to flush
            entityManager.createNativeQuery(LOCK).setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, toJson(contacts))
                    .setParameter(2, toJson(interactions))
                    .setParameter(3, toJson(deletedContacts))
                    .executeUpdate();
        }

        private String toJson(List<List<String>> keys) {
            try {
                return json.writeValueAsString(keys);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
