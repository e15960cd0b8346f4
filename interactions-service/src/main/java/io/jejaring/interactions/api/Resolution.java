package io.jejaring.interactions.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.events.CommitmentStatus;

/** {@code PATCH /commitments/{id}}: how the promise ended. */
@Schema(description = "How the promise ended.")
public record Resolution(
        @Schema(description = "KEPT, BROKEN or CANCELLED; OPEN is not a resolution.") @NotNull CommitmentStatus status) {
}
