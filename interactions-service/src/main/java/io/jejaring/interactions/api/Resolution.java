package io.jejaring.interactions.api;

import jakarta.validation.constraints.NotNull;

import io.jejaring.events.CommitmentStatus;

/** {@code PATCH /commitments/{id}}: how the promise ended. */
public record Resolution(@NotNull CommitmentStatus status) {
}
