package io.jejaring.contacts.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;

/**
 * What makes two contacts the same person for an import: a shared email address, or the same display name
 * with a shared phone number. It remembers every contact it has seen, stored or imported.
 */
final class DuplicateKeys {

    private final Set<String> emails = new HashSet<>();
    private final Set<String> namesWithPhones = new HashSet<>();

    void remember(String displayName, List<EmailAddress> emailAddresses, List<PhoneNumber> phoneNumbers) {
        emailAddresses.forEach(email -> emails.add(email(email.address())));
        phoneNumbers.forEach(phone -> namesWithPhones.add(nameWithPhone(displayName, phone.number())));
    }

    boolean isDuplicate(ContactDraft draft) {
        return draft.emails().stream().anyMatch(email -> emails.contains(email(email.address())))
                || draft.phones().stream().anyMatch(phone -> namesWithPhones.contains(nameWithPhone(draft.displayName(), phone.number())));
    }

    private static String email(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    private static String nameWithPhone(String displayName, String number) {
        return displayName.trim().toLowerCase(Locale.ROOT) + "\n" + number.replaceAll("[^0-9+]", "");
    }
}
