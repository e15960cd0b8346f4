package io.jejaring.contacts.store;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two email addresses the same one to Jejaring: case and surrounding whitespace never matter, so
 * {@code " Ayu@Example.ORG"} and {@code "ayu@example.org"} share the key {@code "ayu@example.org"}. Contacts store
 * the keys of their addresses (indexed), and a lookup compares keys.
 */
public final class EmailKeys {

    private EmailKeys() {
    }

    /** The address without surrounding whitespace, in lower case. */
    public static String of(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** The key of each address, each once. */
    public static String[] of(Collection<EmailAddress> emails) {
        return emails.stream().map(EmailAddress::address).filter(Objects::nonNull).map(EmailKeys::of).distinct()
                .toArray(String[]::new);
    }
}
