package io.jejaring.contacts.api;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.jejaring.contacts.domain.ConnectionService;
import io.jejaring.contacts.store.Connection;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.quarkus.security.Authenticated;

@Path("/api/v1/contacts/{id}/connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    @Inject
    ConnectionService connections;

    @Inject
    CurrentOwner owner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, @NotNull @Valid ConnectionRequest request) {
        UUID contactId = Ids.parseOrNotFound(id, "contact");
        Connection connection = connections.add(owner.id(), contactId, request.otherContactId(), request.kind());
        return Response.created(URI.create("/api/v1/contacts/" + contactId + "/connections/" + request.otherContactId()))
                .header(HttpHeaders.ETAG, IfMatch.etag(connection.version))
                .entity(ConnectionView.of(connection, contactId)).build();
    }

    @GET
    public Page<ConnectionView> list(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UUID contactId = Ids.parseOrNotFound(id, "contact");
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 1);
        return Page.of(connections.page(owner.id(), contactId, after == null ? null : Paging.uuid(after[0]), size + 1)
                        .stream().map(connection -> ConnectionView.of(connection, contactId)).toList(),
                size, last -> Paging.encode(last.otherContactId().toString()));
    }

    @DELETE
    @Path("/{otherId}")
    public Response remove(@PathParam("id") String id, @PathParam("otherId") String otherId) {
        connections.remove(owner.id(), Ids.parseOrNotFound(id, "contact"), Ids.parseOrNotFound(otherId, "connection"));
        return Response.noContent().build();
    }
}
