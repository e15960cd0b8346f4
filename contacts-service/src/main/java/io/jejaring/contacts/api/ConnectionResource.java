package io.jejaring.contacts.api;

import java.net.URI;
import java.util.List;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jejaring.contacts.domain.ConnectionService;
import io.jejaring.contacts.store.Connection;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.quarkus.security.Authenticated;

@Path("/api/v1/contacts/{id}/connections")
@Tag(name = "Connections", description = "Who among the owner's contacts knows whom, and how.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private static final String CONTACT_ID = "The contact's id (a UUID); an unknown or malformed one is a 404.";

    @Inject
    ConnectionService connections;

    @Inject
    CurrentOwner owner;

    @Operation(operationId = "addConnection", summary = "Connect two contacts",
            description = "Records that the contact knows another of the owner's contacts, and how. Connecting a contact to"
                    + " itself or to an unknown contact is a 422; connecting two already connected contacts is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConnectionRequest.class),
            examples = @ExampleObject(name = "connection", value = ApiExamples.CONNECTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Connected.",
            headers = {@Header(name = "Location", description = "The connection's URL.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The connection's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionView.class),
                    examples = @ExampleObject(name = "connection", value = ApiExamples.CONNECTION)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Parameter(description = CONTACT_ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"),
            example = ApiExamples.CONTACT_ID) @PathParam("id") String id, @NotNull @Valid ConnectionRequest request) {
        UUID contactId = Ids.parseOrNotFound(id, "contact");
        Connection connection = connections.add(owner.id(), contactId, request.otherContactId(), request.kind());
        return Response.created(URI.create("/api/v1/contacts/" + contactId + "/connections/" + request.otherContactId()))
                .header(HttpHeaders.ETAG, IfMatch.etag(connection.version))
                .entity(ConnectionView.of(connection, contactId)).build();
    }

    @Operation(operationId = "listConnections", summary = "List a contact's connections",
            description = "The contact's connections, ordered by the other contact's id, keyset-paged.")
    @APIResponse(responseCode = "200", description = "One page of connections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.CONNECTION_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    public Page<ConnectionView> list(@Parameter(description = CONTACT_ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"),
            example = ApiExamples.CONTACT_ID) @PathParam("id") String id,
            @Parameter(description = Paging.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "50"), example = "50") @QueryParam("limit") String limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @QueryParam("cursor") String cursor) {
        UUID contactId = Ids.parseOrNotFound(id, "contact");
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 1);
        return Page.of(connections.page(owner.id(), contactId, after == null ? null : Paging.uuid(after[0]), size + 1)
                        .stream().map(connection -> ConnectionView.of(connection, contactId)).toList(),
                size, last -> Paging.encode(last.otherContactId().toString()));
    }

    @Operation(operationId = "removeConnection", summary = "Disconnect two contacts",
            description = "Removes the connection between the contact and the other one, whichever of the two added it.")
    @APIResponse(responseCode = "204", description = "Disconnected.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("/{otherId}")
    public Response remove(@Parameter(description = CONTACT_ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"),
            example = ApiExamples.CONTACT_ID) @PathParam("id") String id,
            @Parameter(description = "The other contact's id (a UUID); no connection to it is a 404.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = ApiExamples.OTHER_CONTACT_ID)
            @PathParam("otherId") String otherId) {
        connections.remove(owner.id(), Ids.parseOrNotFound(id, "contact"), Ids.parseOrNotFound(otherId, "connection"));
        return Response.noContent().build();
    }

    /** The schema of a page of connections, for the document. */
    @Schema(name = "ConnectionPage", description = "A page of connections.")
    record ConnectionPage(List<ConnectionView> items,
            @Schema(description = "Pass as `cursor` for the next page; null on the last page.", nullable = true)
            String nextCursor) {
    }
}
