package io.jejaring.contacts.domain;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The owner's own name and email addresses: the body of {@code PUT /owner/profile} and the answer of both its
 * methods. A lookup answers "me" for these addresses, so that captured mail and meetings never make the owner a
 * contact.
 */
@Schema(name = "OwnerProfile", description = "The owner's own name and email addresses.")
public record Profile(
        @Schema(description = "The owner's name.", nullable = true, maxLength = 200)
        @Size(max = 200) String displayName,
        @Schema(description = "The owner's own email addresses, up to " + ProfileEmails.MAX + ", each up to "
                + ProfileEmails.MAX_LENGTH + " characters. They are trimmed, and a repeat (ignoring case) is dropped.",
                nullable = true)
        List<String> emails) {

    /** The profile of an owner who never set one. */
    public static final Profile EMPTY = new Profile(null, List.of());
}
