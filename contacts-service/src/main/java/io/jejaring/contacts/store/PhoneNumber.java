package io.jejaring.contacts.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A phone number as the owner wrote it, with a label ("mobile", "work"). */
public record PhoneNumber(@NotBlank @Size(max = 200) String number, @Size(max = 200) String label) {
}
