package io.jejaring.contacts.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A profile on a social network: a handle or a profile URL. */
@Schema(description = "A profile on a social network.")
public record SocialProfile(
        @Schema(description = "The network.") @NotNull SocialNetwork network,
        @Schema(description = "A handle or a profile URL.") @NotBlank @Size(max = 200) String handle) {
}
