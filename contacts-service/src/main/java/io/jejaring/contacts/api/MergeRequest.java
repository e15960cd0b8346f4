package io.jejaring.contacts.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /{id}/merge}: the duplicate to fold into {@code id}. */
@Schema(description = "The duplicate to fold into the contact.")
public record MergeRequest(
        @Schema(description = "Another of the owner's contacts; it is deleted once merged.") @NotNull UUID duplicateId) {
}
