package io.jejaring.interactions.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import io.jejaring.events.CommitmentStatus;
import io.jejaring.interactions.domain.CommitmentDraft;
import io.jejaring.interactions.domain.CommitmentService;
import io.jejaring.interactions.store.Commitment;
import io.jejaring.interactions.store.CommitmentSearch;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.MergePatch;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.jejaring.plumbing.web.QueryParams;
import io.quarkus.security.Authenticated;

@Path("/api/v1/commitments")
@Tag(name = "Commitments", description = "Promises made in either direction, OPEN until resolved once as KEPT, BROKEN or"
        + " CANCELLED (rule 4: keep the promises you make). The insights count how they ended.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    @Inject
    CommitmentService commitments;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCommitment", summary = "Make a commitment",
            description = "Records a promise the owner made to a contact (I_PROMISED) or a contact made to the owner"
                    + " (THEY_PROMISED), due on a date. It starts OPEN, whatever the body says. The contact, and the"
                    + " interaction if one is named, must be the owner's (else 422); a contact this service has not"
                    + " heard of yet is checked with contacts-service (503 when it can't say).")
    @APIResponse(responseCode = "201", description = "Made: the commitment, OPEN, with its `id` and `version` 1.",
            headers = {
                @Header(name = "Location", description = "The new commitment's path.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "made", value = InteractionsApiDocs.COMMITMENT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response make(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommitmentDraft.class),
                    examples = @ExampleObject(name = "send the deck", value = InteractionsApiDocs.COMMITMENT_DRAFT)))
            @NotNull @Valid CommitmentDraft draft) {
        Commitment commitment = commitments.make(caller.get(), draft);
        return Response.created(URI.create("/api/v1/commitments/" + commitment.id))
                .header(HttpHeaders.ETAG, IfMatch.etag(commitment.version)).entity(CommitmentView.of(commitment)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommitment", summary = "Get a commitment",
            description = "One of the owner's commitments, with its version in the ETag.")
    @APIResponse(responseCode = "200", description = "The commitment.",
            headers = @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = InteractionsApiDocs.COMMITMENT)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = InteractionsApiDocs.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return withETag(commitments.find(caller.ownerId(), Ids.parseOrNotFound(id, "commitment")));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "resolveCommitment", summary = "Resolve a commitment",
            description = "Says how an OPEN promise ended: KEPT, BROKEN or CANCELLED. The body is a merge patch of the"
                    + " one field that may change, `status`. A commitment is resolved once: resolving it again answers"
                    + " 409, and OPEN is not a resolution (400).")
    @APIResponse(responseCode = "200", description = "The commitment as resolved.",
            headers = @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "kept", value = InteractionsApiDocs.COMMITMENT_KEPT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response resolve(
            @Parameter(description = InteractionsApiDocs.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = InteractionsApiDocs.IF_MATCH, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = Resolution.class),
                        examples = @ExampleObject(name = "kept", value = "{\"status\":\"KEPT\"}")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Resolution.class),
                        examples = @ExampleObject(name = "kept", value = "{\"status\":\"KEPT\"}"))})
            @NotNull @Valid Resolution resolution) {
        return withETag(commitments.resolve(caller.ownerId(), Ids.parseOrNotFound(id, "commitment"),
                IfMatch.parse(ifMatch), resolution.status()));
    }

    /** Soonest due first. */
    @GET
    @Operation(operationId = "listCommitments", summary = "List commitments",
            description = "The owner's commitments, soonest due first, a page at a time, optionally only those in one"
                    + " status or with one contact.")
    @APIResponse(responseCode = "200", description = "One page of commitments.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InteractionsApiDocs.CommitmentPage.class),
                    examples = @ExampleObject(name = "one page", value = InteractionsApiDocs.COMMITMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<CommitmentView> list(
            @Parameter(description = "Only those in this status.", schema = @Schema(implementation = CommitmentStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = InteractionsApiDocs.CONTACT_FILTER, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("contactId") String contactId,
            @Parameter(description = Paging.LIMIT_DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 2);
        CommitmentSearch search = new CommitmentSearch(QueryParams.enumValue("status", status, CommitmentStatus.class),
                QueryParams.uuid("contactId", contactId), after == null ? null : Paging.part(after[0], LocalDate::parse),
                after == null ? null : Paging.uuid(after[1]));
        return Page.of(commitments.search(caller.ownerId(), search, size + 1).stream().map(CommitmentView::of).toList(), size,
                last -> Paging.encode(last.dueOn().toString(), last.id().toString()));
    }

    private static Response withETag(Commitment commitment) {
        return Response.ok(CommitmentView.of(commitment)).header(HttpHeaders.ETAG, IfMatch.etag(commitment.version)).build();
    }
}
