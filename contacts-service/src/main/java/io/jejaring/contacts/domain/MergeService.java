package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.store.Connection;
import io.jejaring.contacts.store.Contact;
import io.jejaring.plumbing.domain.DomainException;

/**
 * Folds a duplicate into the contact that is kept. Lists (emails, phones, profiles, communities, tags) become
 * their union; a scalar keeps the kept contact's value when both are set; connections and introductions move
 * to the kept contact. The duplicate is then gone, and {@code contact.merged} tells the other services so
 * that its interactions move too.
 */
@ApplicationScoped
@Transactional
public class MergeService {

    @Inject
    ContactEvents events;

    @Inject
    ContactService contacts;

    @Inject
    ConnectionService connections;

    public Contact merge(String ownerId, UUID keptId, UUID duplicateId) {
        Contact kept = Contact.findOwnedForUpdate(ownerId, keptId).orElseThrow(() -> DomainException.notFound("contact"));
        Contact duplicate = duplicateId.equals(keptId) ? null : Contact.findOwnedForUpdate(ownerId, duplicateId).orElse(null);
        if (duplicate == null) {
            throw DomainException.unprocessable("duplicateId must be another of your contacts");
        }
        ContactMapper.apply(combined(ContactMapper.toDraft(kept), ContactMapper.toDraft(duplicate), keptId, duplicateId), kept);
        moveConnections(duplicate, kept);
        moveIntroductions(duplicate, kept);
        duplicate.delete();
        contacts.recordChange(kept);
        events.merged(kept, duplicate);
        return kept;
    }

    private static ContactDraft combined(ContactDraft kept, ContactDraft duplicate, UUID keptId, UUID duplicateId) {
        UUID introducer = either(kept.introducedBy(), duplicate.introducedBy());
        if (keptId.equals(introducer) || duplicateId.equals(introducer)) {
            introducer = null;
        }
        // displayName, tier, keepInTouch and sincerity stay the kept contact's, set or not
        return kept.toBuilder()
                .givenName(either(kept.givenName(), duplicate.givenName()))
                .familyName(either(kept.familyName(), duplicate.familyName()))
                .organization(either(kept.organization(), duplicate.organization()))
                .title(either(kept.title(), duplicate.title()))
                .emails(union(kept.emails(), duplicate.emails()))
                .phones(union(kept.phones(), duplicate.phones()))
                .socialProfiles(union(kept.socialProfiles(), duplicate.socialProfiles()))
                .communities(union(kept.communities(), duplicate.communities()))
                .tags(union(kept.tags(), duplicate.tags()))
                .culture(either(kept.culture(), duplicate.culture()))
                .birthYear(either(kept.birthYear(), duplicate.birthYear()))
                .location(either(kept.location(), duplicate.location()))
                .howWeMet(either(kept.howWeMet(), duplicate.howWeMet()))
                .introducedBy(introducer)
                .cadenceDays(either(kept.cadenceDays(), duplicate.cadenceDays()))
                .consent(either(kept.consent(), duplicate.consent()))
                .notes(either(kept.notes(), duplicate.notes()))
                .build();
    }

    /** Each of the duplicate's live connections becomes the kept contact's, unless it already has one there. */
    private void moveConnections(Contact duplicate, Contact kept) {
        for (Connection old : Connection.touching(duplicate.ownerId, duplicate.id)) {
            UUID other = old.otherThan(duplicate.id);
            if (!old.removed && !other.equals(kept.id)) {
                Connection moved = Connection.findForUpdate(kept.ownerId, kept.id, other).orElse(null);
                if (moved == null || moved.removed) {
                    connections.connect(moved != null ? moved : Connection.between(kept.ownerId, kept.id, other),
                            kept.id, old.kind);
                }
            }
            old.delete();
        }
    }

    private void moveIntroductions(Contact duplicate, Contact kept) {
        for (Contact contact : Contact.introducedBy(duplicate.ownerId, duplicate.id)) {
            contact.introducedBy = contact.id.equals(kept.id) ? null : kept.id;
            contacts.recordChange(contact);
        }
    }

    private static <T> T either(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        return new ArrayList<>(Stream.concat(first.stream(), second.stream()).distinct().toList());
    }
}
