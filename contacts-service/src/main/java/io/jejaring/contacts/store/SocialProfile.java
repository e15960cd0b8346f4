package io.jejaring.contacts.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A profile on a social network: a handle or a profile URL. */
public record SocialProfile(@NotNull SocialNetwork network, @NotBlank @Size(max = 200) String handle) {
}
