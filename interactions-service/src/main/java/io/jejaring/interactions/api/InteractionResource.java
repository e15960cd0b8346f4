package io.jejaring.interactions.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.events.Channel;
import io.jejaring.interactions.domain.InteractionDraft;
import io.jejaring.interactions.domain.InteractionService;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.interactions.store.InteractionSearch;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.MergePatch;
import io.jejaring.plumbing.web.MergePatcher;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.jejaring.plumbing.web.QueryParams;
import io.quarkus.security.Authenticated;

@Path("/api/v1/interactions")
@Tag(name = "Interactions", description = "Who the owner was in touch with, when, through which channel, who reached out"
        + " and what value flowed (rule 5: keep in touch regularly). Only ids, enums and times of them reach other services.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InteractionResource {

    @Inject
    InteractionService interactions;

    @Inject
    CurrentCaller caller;

    @Inject
    MergePatcher patcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInteraction", summary = "Log an interaction",
            description = "Records an interaction with one or more of the owner's contacts. `initiatedBy` defaults to ME"
                    + " and `exchange` to SOCIAL. `socialNetwork` is required for the SOCIAL channel, and only for it."
                    + " `occurredAt` may be at most 5 minutes in the future. A contact id this service has not heard of"
                    + " yet is checked with contacts-service, with the caller's token: one the owner does not have"
                    + " answers 422, and 503 when contacts-service can't say.")
    @APIResponse(responseCode = "201", description = "Logged: the interaction, with its `id` and `version` 1.",
            headers = {
                @Header(name = "Location", description = "The new interaction's path.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionView.class),
                    examples = @ExampleObject(name = "logged", value = InteractionsApiDocs.INTERACTION)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response log(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InteractionDraft.class),
                    examples = @ExampleObject(name = "coffee", value = InteractionsApiDocs.INTERACTION_DRAFT)))
            @NotNull @Valid InteractionDraft draft) {
        Interaction interaction = interactions.log(caller.get(), draft);
        return Response.created(URI.create("/api/v1/interactions/" + interaction.id))
                .header(HttpHeaders.ETAG, IfMatch.etag(interaction.version)).entity(InteractionView.of(interaction)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInteraction", summary = "Get an interaction",
            description = "One of the owner's interactions, with its version in the ETag.")
    @APIResponse(responseCode = "200", description = "The interaction.",
            headers = @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionView.class),
                    examples = @ExampleObject(name = "interaction", value = InteractionsApiDocs.INTERACTION)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = InteractionsApiDocs.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return withETag(interactions.find(caller.ownerId(), interactionId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceInteraction", summary = "Replace an interaction",
            description = "Replaces every field the owner writes, checked as when logging: a field left out is cleared"
                    + " or takes its default. The version goes up by one and an update event is published.")
    @APIResponse(responseCode = "200", description = "The interaction as replaced.",
            headers = @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionView.class),
                    examples = @ExampleObject(name = "replaced", value = InteractionsApiDocs.INTERACTION)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response replace(
            @Parameter(description = InteractionsApiDocs.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = InteractionsApiDocs.IF_MATCH, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InteractionDraft.class),
                    examples = @ExampleObject(name = "coffee", value = InteractionsApiDocs.INTERACTION_DRAFT)))
            @NotNull @Valid InteractionDraft draft) {
        return withETag(interactions.replace(caller.get(), interactionId(id), IfMatch.parse(ifMatch), draft));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateInteraction", summary = "Change some fields of an interaction",
            description = "A JSON merge patch (RFC 7396) of the fields `createInteraction` takes: a member replaces that"
                    + " field, `null` clears it, and a member left out keeps its value. The result is checked as a"
                    + " replacement would be.")
    @APIResponse(responseCode = "200", description = "The interaction as patched.",
            headers = @Header(name = "ETag", description = InteractionsApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionView.class),
                    examples = @ExampleObject(name = "patched", value = InteractionsApiDocs.INTERACTION)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response patch(
            @Parameter(description = InteractionsApiDocs.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = InteractionsApiDocs.IF_MATCH, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = {
                @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = InteractionsApiDocs.INTERACTION_PATCH_SCHEMA),
                        examples = @ExampleObject(name = "switch to video", value = InteractionsApiDocs.INTERACTION_PATCH)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = InteractionsApiDocs.INTERACTION_PATCH_SCHEMA),
                        examples = @ExampleObject(name = "switch to video", value = InteractionsApiDocs.INTERACTION_PATCH))})
            @NotNull JsonNode patch) {
        return withETag(interactions.patch(caller.get(), interactionId(id), IfMatch.parse(ifMatch),
                current -> patcher.apply(current, patch, InteractionDraft.class)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInteraction", summary = "Delete an interaction",
            description = "Deletes the interaction; its deletion is published, so the insights subtract what it added.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @Parameter(description = InteractionsApiDocs.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = InteractionsApiDocs.IF_MATCH, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        interactions.delete(caller.ownerId(), interactionId(id), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    /**
     * Newest first. {@code from} is inclusive and {@code to} exclusive; both are instants, as {@code occurredAt} is
     * (a bare date is a 400, not a guess at a zone). Date-valued series such as {@code /reach/history} take dates.
     */
    @GET
    @Operation(operationId = "listInteractions", summary = "List interactions",
            description = "The owner's interactions, newest first, a page at a time, optionally only those with one"
                    + " contact, in one channel or in a time range.")
    @APIResponse(responseCode = "200", description = "One page of interactions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionsApiDocs.InteractionPage.class),
                    examples = @ExampleObject(name = "one page", value = InteractionsApiDocs.INTERACTION_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<InteractionView> list(
            @Parameter(description = InteractionsApiDocs.CONTACT_FILTER, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("contactId") String contactId,
            @Parameter(description = "Only those that occurred at or after this instant (inclusive), such as"
                    + " 2026-01-01T00:00:00Z. An instant, not a date: a bare date is a 400.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "Only those that occurred before this instant (exclusive), such as"
                    + " 2026-02-01T00:00:00Z. Not before `from`.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("to") String to,
            @Parameter(description = "Only those in this channel.", schema = @Schema(implementation = Channel.class))
            @QueryParam("channel") String channel,
            @Parameter(description = Paging.LIMIT_DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        String[] before = Paging.decode(cursor, 2);
        Instant first = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        QueryParams.ordered("from", first, "to", end);
        InteractionSearch search = new InteractionSearch(QueryParams.uuid("contactId", contactId), first, end,
                QueryParams.enumValue("channel", channel, Channel.class),
                before == null ? null : Paging.part(before[0], Instant::parse),
                before == null ? null : Paging.uuid(before[1]));
        return Page.of(interactions.search(caller.ownerId(), search, size + 1).stream().map(InteractionView::of).toList(), size,
                last -> Paging.encode(last.occurredAt().toString(), last.id().toString()));
    }

    private static Response withETag(Interaction interaction) {
        return Response.ok(InteractionView.of(interaction)).header(HttpHeaders.ETAG, IfMatch.etag(interaction.version)).build();
    }

    private static UUID interactionId(String id) {
        return Ids.parseOrNotFound(id, "interaction");
    }
}
