package io.jejaring.interactions.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.events.CommitmentDirection;

/** A new promise. Its status starts OPEN, whatever the body says. */
@Schema(description = "A new promise. It starts OPEN; other fields, such as `status`, are ignored.")
public record CommitmentDraft(
        @Schema(description = "One of the owner's contacts.") @NotNull UUID contactId,
        @Schema(description = "One of the owner's interactions, where it was made.", nullable = true) UUID interactionId,
        @Schema(description = "I_PROMISED: the owner promises; THEY_PROMISED: the contact does.") @NotNull CommitmentDirection direction,
        @Schema(description = "What is promised.") @NotBlank @Size(max = 200) String description,
        @Schema(description = "The date it is due: a date, YYYY-MM-DD.") @NotNull LocalDate dueOn) {
}
