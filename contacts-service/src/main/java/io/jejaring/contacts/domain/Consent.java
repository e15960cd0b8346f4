package io.jejaring.contacts.domain;

import io.jejaring.contacts.store.ConsentSource;

/** Whether the contact agreed to their details being shared, and where the details came from. */
public record Consent(boolean shareable, ConsentSource source) {
}
