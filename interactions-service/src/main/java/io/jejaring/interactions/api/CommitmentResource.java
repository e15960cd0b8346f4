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
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    @Inject
    CommitmentService commitments;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response make(@NotNull @Valid CommitmentDraft draft) {
        Commitment commitment = commitments.make(caller.get(), draft);
        return Response.created(URI.create("/api/v1/commitments/" + commitment.id))
                .header(HttpHeaders.ETAG, IfMatch.etag(commitment.version)).entity(CommitmentView.of(commitment)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return withETag(commitments.find(caller.ownerId(), Ids.parseOrNotFound(id, "commitment")));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response resolve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Resolution resolution) {
        return withETag(commitments.resolve(caller.ownerId(), Ids.parseOrNotFound(id, "commitment"),
                IfMatch.parse(ifMatch), resolution.status()));
    }

    /** Soonest due first. */
    @GET
    public Page<CommitmentView> list(@QueryParam("status") String status, @QueryParam("contactId") String contactId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
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
