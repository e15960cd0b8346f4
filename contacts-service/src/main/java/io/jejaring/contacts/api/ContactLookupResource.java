package io.jejaring.contacts.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jejaring.contacts.domain.ContactLookup;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.quarkus.security.Authenticated;

/** Whose are these email addresses: what capture asks, so that no address needs to leave this service otherwise. */
@Path("/api/v1/contacts")
@Tag(name = "Contacts")
@Authenticated
public class ContactLookupResource {

    @Inject
    ContactLookup lookups;

    @Inject
    CurrentOwner owner;

    @Operation(operationId = "lookupContacts", summary = "Find the contacts of email addresses",
            description = "Answers each address sent (1 to 1000) with the id of the token owner's contact that has it (the"
                    + " first created, when several do), or with `\"me\": true` when it is one of the owner's own"
                    + " (`PUT /owner/profile`); an address nobody has is left out. Case and surrounding whitespace never"
                    + " matter; each address is answered as sent. Other owners' contacts and deleted contacts never match.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LookupRequest.class),
            examples = @ExampleObject(name = "lookup", value = ApiExamples.LOOKUP)))
    @APIResponse(responseCode = "200", description = "The addresses that matched.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookupAnswer.class),
                    examples = @ExampleObject(name = "matches", value = ApiExamples.LOOKUP_MATCHES)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LookupAnswer lookup(@NotNull @Valid LookupRequest request) {
        return LookupAnswer.of(lookups.lookup(owner.id(), request.emails()));
    }
}
