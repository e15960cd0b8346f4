package io.jejaring.contacts.api;

import java.time.Instant;
import java.util.UUID;

import io.jejaring.contacts.domain.Contact;
import io.jejaring.events.Tier;

/** A contact as the API shows it. */
public record ContactResponse(UUID id, String displayName, Tier tier, Integer cadenceDays, int effectiveCadenceDays,
        long version, Instant createdAt, Instant updatedAt) {

    public static ContactResponse of(Contact contact) {
        return new ContactResponse(contact.id, contact.displayName, contact.tier, contact.cadenceDays,
                contact.effectiveCadenceDays(), contact.version, contact.createdAt, contact.updatedAt);
    }
}
