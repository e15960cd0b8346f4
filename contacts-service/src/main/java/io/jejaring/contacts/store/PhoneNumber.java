package io.jejaring.contacts.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A phone number as the owner wrote it, with a label ("mobile", "work"). */
@Schema(description = "A phone number as the owner wrote it, with a label.")
public record PhoneNumber(
        @Schema(description = "The number, as written.") @NotBlank @Size(max = 200) String number,
        @Schema(description = "The owner's label, such as mobile or work.", nullable = true) @Size(max = 200) String label) {
}
