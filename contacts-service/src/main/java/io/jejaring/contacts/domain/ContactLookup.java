package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.store.Contact;
import io.jejaring.contacts.store.EmailKeys;

/**
 * Whose are these addresses: the owner's own (the profile's), one of the owner's contacts (the first created when
 * several have it), or nobody's. Case and surrounding whitespace never matter; other owners' contacts never answer.
 */
@ApplicationScoped
public class ContactLookup {

    @Inject
    ProfileService profiles;

    /** A match for each address, as sent, in the order sent, each once; an address nobody has is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EmailMatch> lookup(String ownerId, List<String> emails) {
        Set<String> sent = new LinkedHashSet<>(emails);
        Set<String> mine = new LinkedHashSet<>();
        profiles.get(ownerId).emails().forEach(address -> mine.add(EmailKeys.of(address)));
        Map<String, UUID> contacts = Contact.firstWithEmailKeys(ownerId,
                sent.stream().map(EmailKeys::of).filter(key -> !mine.contains(key)).distinct().toList());
        List<EmailMatch> matches = new ArrayList<>();
        for (String email : sent) {
            String key = EmailKeys.of(email);
            if (mine.contains(key)) {
                matches.add(new EmailMatch(email, null, true));
            } else if (contacts.containsKey(key)) {
                matches.add(new EmailMatch(email, contacts.get(key), false));
            }
        }
        return matches;
    }
}
