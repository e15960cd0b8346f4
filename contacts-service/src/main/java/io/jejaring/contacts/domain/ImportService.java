package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.jejaring.contacts.store.ConsentSource;
import io.jejaring.contacts.store.Contact;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates the contacts an import file yields. A card that fails validation is reported with its line and the
 * rest go on; duplicates of stored contacts or of earlier cards are skipped and counted. Contacts are written
 * in batches, each batch one transaction with its events.
 */
@ApplicationScoped
public class ImportService {

    private static final int BATCH = 500;

    @Inject
    ContactService contacts;

    @Inject
    Validator validator;

    public ImportResult importContacts(String ownerId, ParsedImport parsed) {
        List<ImportProblem> errors = new ArrayList<>(parsed.errors());
        DuplicateKeys known = QuarkusTransaction.requiringNew().call(() -> storedKeys(ownerId));
        List<ContactDraft> accepted = new ArrayList<>();
        int skipped = 0;
        int currentYear = contacts.currentYear();
        for (ImportedCard card : parsed.contacts()) {
            ContactDraft draft = withImportConsent(card.draft());
            String problem = problem(draft, currentYear);
            if (problem != null) {
                errors.add(new ImportProblem(card.line(), problem));
            } else if (known.isDuplicate(draft)) {
                skipped++;
            } else {
                known.remember(draft.displayName(), draft.emails(), draft.phones());
                accepted.add(draft);
            }
        }
        for (int start = 0; start < accepted.size(); start += BATCH) {
            List<ContactDraft> batch = accepted.subList(start, Math.min(start + BATCH, accepted.size()));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(draft -> contacts.create(ownerId, draft)));
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportResult(accepted.size(), skipped, errors);
    }

    private static DuplicateKeys storedKeys(String ownerId) {
        DuplicateKeys keys = new DuplicateKeys();
        Contact.streamAllOf(ownerId).forEach(contact -> keys.remember(contact.displayName, contact.emails, contact.phones));
        return keys;
    }

    private String problem(ContactDraft draft, int currentYear) {
        Set<ConstraintViolation<ContactDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            return violations.stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted().collect(Collectors.joining("; "));
        }
        return draft.birthYear() != null && draft.birthYear() > currentYear ? "birthYear must not be in the future" : null;
    }

    /** Details that arrive in a file came from an import, unless the file itself says otherwise. */
    private static ContactDraft withImportConsent(ContactDraft draft) {
        if (draft.consent() != null) {
            return draft;
        }
        return draft.toBuilder().introducedBy(null).consent(new Consent(false, ConsentSource.IMPORT)).build();
    }
}
