package io.jejaring.insights.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.ContactSnapshot;
import io.jejaring.insights.store.ContactFacts;
import io.jejaring.insights.store.ContactFacts.Edge;
import io.jejaring.insights.store.ContactFacts.EdgeState;
import io.jejaring.insights.store.ReachSnapshotStore;
import io.jejaring.insights.store.Relationship;
import io.jejaring.plumbing.erasure.ErasedOwners;

/**
 * Applies what contacts-service says of contacts and connections. Every write is guarded by the aggregate's
 * version, so a duplicate or late event changes nothing; a deletion or merge leaves a tombstone that outranks
 * every earlier event, and erases the contact from the interaction and commitment facts.
 * <p>
 * A batch's events are applied set-based: each run of consecutive events of one kind (contacts written, contacts
 * deleted, connections) is one statement. Within a run only each key's highest version counts, which is what
 * applying the run event by event leaves; runs are applied in the batch's order, so a deletion still comes after
 * the writes before it and before the ones after it.
 */
@ApplicationScoped
public class ContactProjection {

    @Inject
    ContactFacts facts;

    @Inject
    ReachSnapshotStore snapshots;

    @Inject
    ErasedOwners erasedOwners;

    /** Collects one batch's events; {@link Batch#apply()} writes what is still pending. */
    public Batch batch(PendingUpkeep upkeep) {
        return new Batch(upkeep);
    }

    /** One batch's contact events, written a run at a time. */
    public final class Batch {

        private final PendingUpkeep upkeep;
        private final Map<Relationship.Key, ContactSnapshot> contacts = new LinkedHashMap<>();
        private final Map<Relationship.Key, Long> deletions = new LinkedHashMap<>();
        private final Map<Edge, EdgeState> connections = new LinkedHashMap<>();

        private Batch(PendingUpkeep upkeep) {
            this.upkeep = upkeep;
        }

        /** A contact created or updated: its relationship is brought up to date with the batch, if it changed. */
        public void contact(String ownerId, ContactSnapshot contact) {
            startRun(contacts);
            contacts.merge(new Relationship.Key(ownerId, contact.contactId()), contact,
                    (held, next) -> next.version() > held.version() ? next : held);
        }

        /** A contact deleted, or merged into another: a tombstone at {@code version}. */
        public void deleted(String ownerId, UUID contactId, long version) {
            startRun(deletions);
            deletions.merge(new Relationship.Key(ownerId, contactId), version, Math::max);
        }

        /** A connection added or removed; stored once per pair, the lesser id (as text) first. */
        public void connection(String ownerId, UUID contactId, UUID otherContactId, long version, boolean removed) {
            startRun(connections);
            boolean ordered = contactId.toString().compareTo(otherContactId.toString()) < 0;
            Edge edge = new Edge(ownerId, ordered ? contactId : otherContactId, ordered ? otherContactId : contactId);
            connections.merge(edge, new EdgeState(version, removed),
                    (held, next) -> next.version() > held.version() ? next : held);
        }

        /**
         * The owner's contact deletions came first and left only tombstones; the daily reach snapshots are the
         * owner's last figures, so they go too. What remains is the tombstones (ids and versions) and the erasure
         * record.
         */
        public void ownerErased(String ownerId) {
            apply();
            snapshots.forget(ownerId);
            erasedOwners.record(ownerId);
        }

        /** Writes the pending run. */
        public void apply() {
            if (!contacts.isEmpty()) {
                facts.upsert(contacts).forEach(key -> upkeep.touch(key.ownerId(), List.of(key.contactId()), false));
                contacts.clear();
            }
            if (!deletions.isEmpty()) {
                facts.tombstone(deletions);
                deletions.clear();
            }
            if (!connections.isEmpty()) {
                facts.connections(connections);
                connections.clear();
            }
        }

        /** An event of another kind than the pending run's ends that run. */
        private void startRun(Map<?, ?> kind) {
            if (kind.isEmpty()) {
                apply();
            }
        }
    }
}
