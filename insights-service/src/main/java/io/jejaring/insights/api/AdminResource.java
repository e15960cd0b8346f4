package io.jejaring.insights.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jejaring.insights.domain.Rebuild;

/** Operations for whoever runs the service: tokens with {@code admin} in their groups. */
@Path("/api/v1/admin")
@Tag(name = "Admin", description = "Operations for whoever runs the service. Each needs `admin` in the token's `groups`"
        + " claim; any other token gets 403.")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    Rebuild rebuild;

    /** Rebuilds the projection from the topics' start; answers at once, while the replay runs. */
    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildProjection", summary = "Rebuild the insights from the event topics",
            description = "Empties the projection and replays the contact and interaction topics from their start. It"
                    + " answers at once, while the replay runs; insight events are not published again for what the"
                    + " replay re-reads. Run it with one replica. Requires the `admin` group in the token.")
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @APIResponse(responseCode = "202", description = "The rebuild has started.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildStarted.class),
                    examples = @ExampleObject(name = "started", value = InsightsApiDocs.REBUILD)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response rebuild() {
        return Response.accepted(RebuildStarted.of(rebuild.start())).build();
    }
}
