package io.jejaring.insights.api;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.jejaring.insights.domain.Rebuild;

/** Operations for whoever runs the service: tokens with {@code admin} in their groups. */
@Path("/api/v1/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    Rebuild rebuild;

    /** Rebuilds the projection from the topics' start; answers at once, while the replay runs. */
    @POST
    @Path("/rebuild")
    public Response rebuild() {
        int partitions = rebuild.start();
        return Response.accepted(Map.of("status", "rebuilding", "partitions", partitions)).build();
    }
}
