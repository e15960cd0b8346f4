package io.jejaring.contacts.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /contacts/lookup}: the addresses to look up. */
@Schema(name = "ContactLookup", description = "Email addresses to look up.")
public record LookupRequest(
        @Schema(description = "1 to " + LookupRequest.MAX + " addresses, any case, with or without surrounding whitespace."
                + " A string that is no one's address simply matches nothing.", required = true, minItems = 1,
                maxItems = LookupRequest.MAX)
        @NotNull @Size(min = 1, max = LookupRequest.MAX) List<@NotNull String> emails) {

    static final int MAX = 1000;
}
