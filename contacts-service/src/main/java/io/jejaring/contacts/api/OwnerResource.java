package io.jejaring.contacts.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jejaring.contacts.domain.OwnerErasure;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.Paging;
import io.quarkus.security.Authenticated;

/** The right to erasure: everything the owner has, in every service, through the events. */
@Path("/api/v1/owner")
@Tag(name = "Owner", description = "The owner: their own name and addresses, and their right to erasure.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OwnerResource {

    @Inject
    OwnerErasure erasure;

    @Inject
    CurrentOwner owner;

    @Operation(operationId = "eraseOwner", summary = "Erase everything the owner has",
            description = "Deletes every contact and connection of the token's owner; the events erase their interactions"
                    + " and insights in the other services too. `confirm=true` is required, as a guard.")
    @APIResponse(responseCode = "204", description = "Erased, here at once and in the other services through the events.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @DELETE
    public Response erase(@Parameter(description = "Must be true: this erases every contact you have, everywhere.",
            required = true, schema = @Schema(type = SchemaType.BOOLEAN, enumeration = "true"), example = "true")
            @QueryParam("confirm") String confirm) {
        if (!"true".equals(confirm)) {
            throw Paging.invalid("confirm", "must be true: this erases every contact you have, everywhere");
        }
        erasure.eraseEverything(owner.id());
        return Response.noContent().build();
    }
}
