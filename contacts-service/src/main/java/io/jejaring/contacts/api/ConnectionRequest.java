package io.jejaring.contacts.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.events.ConnectionKind;

/** {@code POST /{id}/connections}: whom the contact is connected to, and how. */
@Schema(description = "Whom the contact is connected to, and how.")
public record ConnectionRequest(
        @Schema(description = "Another of the owner's contacts.") @NotNull UUID otherContactId,
        @Schema(description = "How the two know each other.") @NotNull ConnectionKind kind) {
}
