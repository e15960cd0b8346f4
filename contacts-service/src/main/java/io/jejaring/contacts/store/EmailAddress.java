package io.jejaring.contacts.store;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An email address with the owner's label for it ("work", "home"). */
public record EmailAddress(@NotBlank @Email @Size(max = 200) String address, @Size(max = 200) String label) {
}
