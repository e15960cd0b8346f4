package io.jejaring.contacts.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import io.jejaring.contacts.domain.Profile;
import io.jejaring.contacts.domain.ProfileService;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.quarkus.security.Authenticated;

/** The owner's own name and addresses, by which captured mail and meetings recognise the owner. */
@Path("/api/v1/owner/profile")
@Tag(name = "Owner")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    CurrentOwner owner;

    @Operation(operationId = "getOwnerProfile", summary = "Get the owner's profile",
            description = "The token owner's own name and email addresses. An owner who never set them gets"
                    + " `{\"displayName\": null, \"emails\": []}`.")
    @APIResponse(responseCode = "200", description = "The owner's profile.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Profile.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE)))
    @GET
    public Profile get() {
        return profiles.get(owner.id());
    }

    @Operation(operationId = "replaceOwnerProfile", summary = "Set the owner's profile",
            description = "Replaces the token owner's name and email addresses; a field left out is cleared. Each address"
                    + " is trimmed and must be a plausible address of up to 254 characters; a repeat (ignoring case) is"
                    + " dropped, and at most 20 different addresses are kept, else 400. `POST /contacts/lookup` answers"
                    + " \"me\" for these addresses, so that capture never takes the owner for a contact. The profile"
                    + " stays in this service: no event carries it. Answers the profile as stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Profile.class),
            examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE)))
    @APIResponse(responseCode = "200", description = "The profile as stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Profile.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Profile replace(@NotNull @Valid Profile profile) {
        return profiles.replace(owner.id(), profile);
    }
}
