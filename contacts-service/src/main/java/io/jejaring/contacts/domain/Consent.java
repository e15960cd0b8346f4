package io.jejaring.contacts.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.contacts.store.ConsentSource;

/** Whether the contact agreed to their details being shared, and where the details came from. */
@Schema(description = "Whether the contact agreed to their details being shared, and where the details came from.")
public record Consent(
        @Schema(description = "Whether the contact agreed to their details being shared.") boolean shareable,
        @Schema(description = "Where the details came from.", nullable = true) ConsentSource source) {
}
