package io.jejaring.contacts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.store.Connection;
import io.jejaring.contacts.store.Contact;
import io.jejaring.contacts.store.ContactSearch;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.ExpectedVersion;
import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.domain.IdMap;

/** Contact writes: each change and its event commit together, or neither does. */
@ApplicationScoped
@Transactional
public class ContactService {

    @Inject
    Clock clock;

    @Inject
    ContactEvents events;

    @Inject
    ProfileService profiles;

    public Contact create(String ownerId, ContactDraft draft) {
        Contact contact = new Contact();
        contact.begin(ownerId, Instant.now(clock));
        checkReferences(contact, draft);
        return persistNew(contact, draft);
    }

    /**
     * A contact from a backup, with the id and creation time it had (the due date of a contact never met counts
     * from its creation). Its introducer may come later in the same backup, so {@link #requireOwnIntroducer} checks
     * it once the whole backup is in.
     */
    public Contact restore(String ownerId, UUID id, Instant createdAt, ContactDraft draft) {
        Instant now = Instant.now(clock);
        Contact contact = new Contact();
        contact.restore(ownerId, id, IdMap.createdAt(createdAt, now), now);
        checkBirthYear(draft);
        return persistNew(contact, draft);
    }

    /** A restored contact's introducer must be another of the owner's contacts, as on every other write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOwnIntroducer(Contact contact) {
        checkIntroducer(contact, contact.introducedBy);
    }

    private Contact persistNew(Contact contact, ContactDraft draft) {
        ContactMapper.apply(draft, contact);
        contact.persist();
        events.created(contact);
        return contact;
    }

    /** PUT: every field replaced by the draft's. */
    public Contact replace(String ownerId, UUID id, ExpectedVersion expected, ContactDraft draft) {
        Contact contact = lockForWrite(ownerId, id, expected);
        checkReferences(contact, draft);
        ContactMapper.apply(draft, contact);
        return recordChange(contact);
    }

    /** PATCH: {@code patch} turns the contact's current fields into the new ones, which are then checked like a PUT's. */
    public Contact patch(String ownerId, UUID id, ExpectedVersion expected, UnaryOperator<ContactDraft> patch) {
        Contact contact = lockForWrite(ownerId, id, expected);
        ContactDraft draft = patch.apply(ContactMapper.toDraft(contact));
        checkReferences(contact, draft);
        ContactMapper.apply(draft, contact);
        return recordChange(contact);
    }

    /** Erases the contact. Its connections go with it; contacts it introduced forget the introduction. */
    public void delete(String ownerId, UUID id, ExpectedVersion expected) {
        Contact contact = lockForWrite(ownerId, id, expected);
        for (Contact other : Contact.introducedBy(ownerId, id)) {
            other.introducedBy = null;
            recordChange(other);
        }
        contact.delete();
        events.deleted(contact);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact find(String ownerId, UUID id) {
        return Contact.findOwned(ownerId, id).orElseThrow(() -> DomainException.notFound("contact"));
    }

    /**
     * Derives the search columns of up to {@code rows} contacts written before they existed, locked so that no
     * concurrent write is overwritten; answers how many. Changes neither the version nor an event: nothing a
     * client sees changed.
     */
    public int indexUnindexed(int rows) {
        List<Contact> unindexed = Contact.unindexed(rows);
        unindexed.forEach(Contact::indexForSearch);
        return unindexed.size();
    }

    /** The owner's contacts among {@code ids}, in display-name order; any other id is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> findAll(String ownerId, List<UUID> ids) {
        return ContactSearch.byIds(ownerId, ids);
    }

    /** One page of the owner's contacts that match the search, in display-name order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> search(String ownerId, ContactSearch search, int rows) {
        return search.page(ownerId, rows);
    }

    /** Every contact the owner has, in display-name order, for export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> all(String ownerId) {
        return Contact.allOf(ownerId);
    }

    /** Every contact and live connection the owner has, and the profile, for the JSON export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnerExport export(String ownerId) {
        return new OwnerExport(Contact.allOf(ownerId), Connection.liveOf(ownerId), profiles.get(ownerId));
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private Contact lockForWrite(String ownerId, UUID id, ExpectedVersion expected) {
        Contact contact = Contact.findOwnedForUpdate(ownerId, id).orElseThrow(() -> DomainException.notFound("contact"));
        expected.check(contact.version);
        return contact;
    }

    /** Every change to a stored contact: the next version, the time, and its event. */
    Contact recordChange(Contact contact) {
        contact.changed(Instant.now(clock));
        events.updated(contact);
        return contact;
    }

    /** A birth year in the future, or an introducer that is not another of the owner's contacts, is refused. */
    private void checkReferences(Contact contact, ContactDraft draft) {
        checkBirthYear(draft);
        checkIntroducer(contact, draft.introducedBy());
    }

    private void checkBirthYear(ContactDraft draft) {
        if (draft.birthYear() != null && draft.birthYear() > currentYear()) {
            throw DomainException.invalid("invalid value for birthYear",
                    List.of(new FieldError("birthYear", "must not be in the future")));
        }
    }

    private static void checkIntroducer(Contact contact, UUID introducer) {
        if (introducer != null && (introducer.equals(contact.id) || Contact.findOwned(contact.ownerId, introducer).isEmpty())) {
            throw DomainException.unprocessable("introducedBy must be another of your contacts");
        }
    }
}
