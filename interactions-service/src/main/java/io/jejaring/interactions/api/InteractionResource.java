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

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    public Response log(@NotNull @Valid InteractionDraft draft) {
        Interaction interaction = interactions.log(caller.get(), draft);
        return Response.created(URI.create("/api/v1/interactions/" + interaction.id))
                .header(HttpHeaders.ETAG, IfMatch.etag(interaction.version)).entity(InteractionView.of(interaction)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return withETag(interactions.find(caller.ownerId(), interactionId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid InteractionDraft draft) {
        return withETag(interactions.replace(caller.get(), interactionId(id), IfMatch.parse(ifMatch), draft));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return withETag(interactions.patch(caller.get(), interactionId(id), IfMatch.parse(ifMatch),
                current -> patcher.apply(current, patch, InteractionDraft.class)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        interactions.delete(caller.ownerId(), interactionId(id), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    /**
     * Newest first. {@code from} is inclusive and {@code to} exclusive; both are instants, as {@code occurredAt} is
     * (a bare date is a 400, not a guess at a zone). Date-valued series such as {@code /reach/history} take dates.
     */
    @GET
    public Page<InteractionView> list(@QueryParam("contactId") String contactId,
            @Parameter(description = "Only interactions that occurred at or after this instant (inclusive), "
                    + "such as 2026-01-01T00:00:00Z. An instant, not a date: a bare date is a 400.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Only interactions that occurred before this instant (exclusive), such as "
                    + "2026-02-01T00:00:00Z. Not before from.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to, @QueryParam("channel") String channel, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
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
