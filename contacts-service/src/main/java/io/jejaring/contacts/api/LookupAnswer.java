package io.jejaring.contacts.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.jejaring.contacts.domain.EmailMatch;

/** The answer of {@code POST /contacts/lookup}: the addresses that are someone's. */
@Schema(name = "ContactLookupMatches", description = "The addresses looked up that are the owner's or a contact's.")
public record LookupAnswer(
        @Schema(description = "One per address sent that matched, in the order sent; an address nobody has is absent.")
        List<Match> matches) {

    static LookupAnswer of(List<EmailMatch> matches) {
        return new LookupAnswer(matches.stream()
                .map(match -> new Match(match.email(), match.contactId(), match.me() ? Boolean.TRUE : null)).toList());
    }

    /** Either contactId or me: never both. */
    @Schema(name = "ContactLookupMatch", description = "An address and whose it is: a contact's (contactId) or the"
            + " owner's own (me).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(
            @Schema(description = "The address exactly as sent.", required = true)
            String email,
            @Schema(description = "The contact with this address (the first created, when several have it).")
            UUID contactId,
            @Schema(description = "True when it is one of the owner's own addresses (the profile's).", enumeration = "true")
            Boolean me) {
    }
}
