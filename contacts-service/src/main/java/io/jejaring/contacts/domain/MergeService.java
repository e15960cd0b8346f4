package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.events.ContactEvents;
import io.jejaring.plumbing.problem.ProblemException;

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
        Contact kept = Contact.findOwnedForUpdate(ownerId, keptId).orElseThrow(() -> ProblemException.notFound("contact"));
        Contact duplicate = duplicateId.equals(keptId) ? null : Contact.findOwnedForUpdate(ownerId, duplicateId).orElse(null);
        if (duplicate == null) {
            throw ProblemException.unprocessable("duplicateId must be another of your contacts");
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
        return new ContactDraft(kept.displayName(), either(kept.givenName(), duplicate.givenName()),
                either(kept.familyName(), duplicate.familyName()), either(kept.organization(), duplicate.organization()),
                either(kept.title(), duplicate.title()), union(kept.emails(), duplicate.emails()),
                union(kept.phones(), duplicate.phones()), union(kept.socialProfiles(), duplicate.socialProfiles()),
                union(kept.communities(), duplicate.communities()), union(kept.tags(), duplicate.tags()),
                either(kept.culture(), duplicate.culture()), either(kept.birthYear(), duplicate.birthYear()),
                either(kept.location(), duplicate.location()), either(kept.howWeMet(), duplicate.howWeMet()),
                introducer, kept.tier(), either(kept.cadenceDays(), duplicate.cadenceDays()), kept.keepInTouch(),
                kept.sincerity(), either(kept.consent(), duplicate.consent()), either(kept.notes(), duplicate.notes()));
    }

    /** Each of the duplicate's live connections becomes the kept contact's, unless it already has one there. */
    private void moveConnections(Contact duplicate, Contact kept) {
        List<Connection> duplicates = Connection.list(
                "ownerId = ?1 and (pair.contactA = ?2 or pair.contactB = ?2)", duplicate.ownerId, duplicate.id);
        for (Connection old : duplicates) {
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
        List<Contact> introduced = Contact.list("ownerId = ?1 and introducedBy = ?2", duplicate.ownerId, duplicate.id);
        for (Contact contact : introduced) {
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
