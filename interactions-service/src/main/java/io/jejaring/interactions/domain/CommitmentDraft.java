package io.jejaring.interactions.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.jejaring.events.CommitmentDirection;

/** A new promise. Its status starts OPEN, whatever the body says. */
public record CommitmentDraft(
        @NotNull UUID contactId,
        UUID interactionId,
        @NotNull CommitmentDirection direction,
        @NotBlank @Size(max = 200) String description,
        @NotNull LocalDate dueOn) {
}
