package io.jejaring.contacts.store;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An email address with the owner's label for it ("work", "home"). */
@Schema(description = "An email address with the owner's label for it.")
public record EmailAddress(
        @Schema(description = "The address.", examples = "ayu@example.org") @NotBlank @Email @Size(max = 200) String address,
        @Schema(description = "The owner's label, such as work or home.", nullable = true) @Size(max = 200) String label) {
}
