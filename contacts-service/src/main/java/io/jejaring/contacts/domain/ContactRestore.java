package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.jejaring.contacts.store.Contact;
import io.jejaring.plumbing.domain.Constraints;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.IdMap;

/**
 * Restores a JSON backup into the owner's contacts, all or nothing: one transaction, so a bad item leaves nothing
 * written. Each backup id is kept when free and replaced when taken (ids are unique across owners), and
 * introductions and connections follow the replacement. A reference to an id outside the backup must be one of
 * the owner's contacts. A backup's profile, when it has one, replaces the owner's.
 */
@ApplicationScoped
public class ContactRestore {

    @Inject
    ContactService contacts;

    @Inject
    ConnectionService connections;

    @Inject
    ProfileService profiles;

    @Inject
    Validator validator;

    @Transactional
    public ContactsRestored restore(String ownerId, List<BackupContact> backup, List<BackupConnection> links, Profile profile) {
        Map<UUID, UUID> ids = IdMap.restoring("contacts", backup.stream().map(BackupContact::id).toList(), Contact::takenIds);
        List<Contact> restored = new ArrayList<>();
        for (int i = 0; i < backup.size(); i++) {
            BackupContact item = backup.get(i);
            try {
                Constraints.require(validator, item.draft());
                ContactDraft draft = item.draft().toBuilder().introducedBy(IdMap.follow(ids, item.draft().introducedBy())).build();
                restored.add(contacts.restore(ownerId, IdMap.idFor(ids, item.id()), item.createdAt(), draft));
            } catch (DomainException failure) {
                throw failure.within("contacts[" + i + "]");
            }
        }
        for (int i = 0; i < restored.size(); i++) {
            try {
                contacts.requireOwnIntroducer(restored.get(i));
            } catch (DomainException failure) {
                throw failure.within("contacts[" + i + "]");
            }
        }
        for (int i = 0; i < links.size(); i++) {
            BackupConnection link = links.get(i);
            try {
                Constraints.require(validator, link);
                connections.restore(ownerId, IdMap.follow(ids, link.contactId()), IdMap.follow(ids, link.otherContactId()), link.kind());
            } catch (DomainException failure) {
                throw failure.within("connections[" + i + "]");
            }
        }
        if (profile != null) {
            try {
                profiles.replace(ownerId, profile);
            } catch (DomainException failure) {
                throw failure.within("profile");
            }
        }
        return new ContactsRestored(restored.size(), links.size(), ids);
    }
}
