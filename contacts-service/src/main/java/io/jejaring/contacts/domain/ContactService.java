package io.jejaring.contacts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.contacts.events.ContactEvents;
import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.problem.Problem;
import io.jejaring.plumbing.problem.ProblemException;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.MergePatcher;

/** Contact writes: each change and its event commit together, or neither does. */
@ApplicationScoped
@Transactional
public class ContactService {

    @Inject
    Clock clock;

    @Inject
    ContactEvents events;

    @Inject
    MergePatcher patcher;

    public Contact create(String ownerId, ContactDraft draft) {
        Contact contact = new Contact();
        contact.begin(ownerId, Instant.now(clock));
        checkReferences(contact, draft);
        ContactMapper.apply(draft, contact);
        contact.persist();
        events.created(contact);
        return contact;
    }

    /** PUT: every field replaced by the draft's. */
    public Contact replace(String ownerId, UUID id, String ifMatch, ContactDraft draft) {
        Contact contact = lockForWrite(ownerId, id, ifMatch);
        checkReferences(contact, draft);
        ContactMapper.apply(draft, contact);
        return recordChange(contact);
    }

    /** PATCH: an RFC 7396 merge patch over the contact's current fields, then validated like a PUT. */
    public Contact patch(String ownerId, UUID id, String ifMatch, JsonNode patch) {
        Contact contact = lockForWrite(ownerId, id, ifMatch);
        ContactDraft draft = patcher.apply(ContactMapper.toDraft(contact), patch, ContactDraft.class);
        checkReferences(contact, draft);
        ContactMapper.apply(draft, contact);
        return recordChange(contact);
    }

    /** Erases the contact. Its connections go with it; contacts it introduced forget the introduction. */
    public void delete(String ownerId, UUID id, String ifMatch) {
        Contact contact = lockForWrite(ownerId, id, ifMatch);
        List<Contact> introduced = Contact.list("ownerId = ?1 and introducedBy = ?2", ownerId, id);
        for (Contact other : introduced) {
            other.introducedBy = null;
            recordChange(other);
        }
        contact.delete();
        events.deleted(contact);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact find(String ownerId, UUID id) {
        return Contact.findOwned(ownerId, id).orElseThrow(() -> ProblemException.notFound("contact"));
    }

    /** Every contact the owner has, in display-name order, for export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> all(String ownerId) {
        return Contact.list("ownerId = ?1 order by displayName, id", ownerId);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private Contact lockForWrite(String ownerId, UUID id, String ifMatch) {
        Contact contact = Contact.findOwnedForUpdate(ownerId, id).orElseThrow(() -> ProblemException.notFound("contact"));
        IfMatch.check(ifMatch, contact.version);
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
        if (draft.birthYear() != null && draft.birthYear() > currentYear()) {
            throw new ProblemException(Problem.invalid("invalid value for birthYear",
                    List.of(new FieldError("birthYear", "must not be in the future"))));
        }
        UUID introducer = draft.introducedBy();
        if (introducer != null && (introducer.equals(contact.id) || Contact.findOwned(contact.ownerId, introducer).isEmpty())) {
            throw ProblemException.unprocessable("introducedBy must be another of your contacts");
        }
    }
}
