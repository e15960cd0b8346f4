package io.jejaring.contacts.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.jejaring.contacts.domain.OwnerErasure;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.Paging;
import io.quarkus.security.Authenticated;

/** The right to erasure: everything the owner has, in every service, through the events. */
@Path("/api/v1/owner")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OwnerResource {

    @Inject
    OwnerErasure erasure;

    @Inject
    CurrentOwner owner;

    @DELETE
    public Response erase(@QueryParam("confirm") String confirm) {
        if (!"true".equals(confirm)) {
            throw Paging.invalid("confirm", "must be true: this erases every contact you have, everywhere");
        }
        erasure.eraseEverything(owner.id());
        return Response.noContent().build();
    }
}
