package io.jejaring.contacts.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.jejaring.events.ConnectionKind;

/** {@code POST /{id}/connections}: whom the contact is connected to, and how. */
public record ConnectionRequest(@NotNull UUID otherContactId, @NotNull ConnectionKind kind) {
}
