package io.jejaring.contacts.domain;

import java.util.UUID;

/** An address as it was sent, and whose it is: one of the owner's contacts, or the owner ("me"). */
public record EmailMatch(String email, UUID contactId, boolean me) {
}
