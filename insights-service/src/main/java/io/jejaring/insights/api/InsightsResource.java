package io.jejaring.insights.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.jejaring.insights.domain.OverdueList;
import io.jejaring.insights.domain.OverdueRelationship;
import io.jejaring.insights.domain.Reach;
import io.jejaring.insights.domain.ReachCalculator;
import io.jejaring.insights.domain.ReachSnapshots;
import io.jejaring.insights.domain.RelationshipInsight;
import io.jejaring.insights.domain.RelationshipInsights;
import io.jejaring.insights.domain.Suggestion;
import io.jejaring.insights.domain.Suggestions;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.jejaring.plumbing.web.QueryParams;
import io.quarkus.security.Authenticated;

@Path("/api/v1/insights")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {

    static final int DEFAULT_SUGGESTIONS = 10;

    @Inject
    OverdueList overdue;

    @Inject
    ReachCalculator reach;

    @Inject
    ReachSnapshots snapshots;

    @Inject
    RelationshipInsights relationships;

    @Inject
    Suggestions suggestions;

    @Inject
    CurrentOwner owner;

    /** Overdue relationships, oldest due date first, then by contact id: the order the index keeps. */
    @GET
    @Path("/overdue")
    public Page<OverdueRelationship> overdue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 2);
        return Page.of(overdue.page(owner.id(), after == null ? null : Paging.part(after[0], Instant::parse),
                        after == null ? null : Paging.uuid(after[1]), size + 1),
                size, last -> Paging.encode(last.dueAt().toString(), last.contactId().toString()));
    }

    @GET
    @Path("/reach")
    public Reach reach() {
        return reach.reach(owner.id());
    }

    @GET
    @Path("/contacts/{contactId}")
    public RelationshipInsight relationship(@PathParam("contactId") String contactId) {
        UUID id = Ids.parseOrNotFound(contactId, "relationship");
        return relationships.of(owner.id(), id);
    }

    /**
     * Who to reach out to this week, highest priority first. It is a ranked top-{@code limit}, not a walk through
     * a stored order: priorities move with time, so a cursor could not resume it, and {@code nextCursor} is null.
     */
    @GET
    @Path("/suggestions")
    public Page<Suggestion> suggestions(@QueryParam("limit") String limit) {
        int size = limit == null || limit.isEmpty() ? DEFAULT_SUGGESTIONS : Paging.limit(limit);
        return new Page<>(suggestions.suggest(owner.id(), size), null);
    }

    /**
     * Daily snapshots, {@code from} and {@code to} inclusive (UTC dates), the last 30 days by default, oldest first
     * and paged by day: the cursor is the last day shown. The series is by day, so its bounds are dates: an instant
     * is a 400, not silently truncated (where a list is of moments, as {@code /interactions}, its bounds are instants).
     */
    @GET
    @Path("/reach/history")
    public Page<Map<String, Object>> history(
            @Parameter(description = "The first day (inclusive, UTC), such as 2026-01-01; by default 29 days before to. "
                    + "A date, not an instant: a time is a 400.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "The last day (inclusive, UTC), such as 2026-01-31; by default today. Not before from.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        LocalDate last = QueryParams.date("to", to);
        LocalDate first = QueryParams.date("from", from);
        String[] after = Paging.decode(cursor, 1);
        return Page.of(snapshots.history(owner.id(), first, last,
                        after == null ? null : Paging.part(after[0], LocalDate::parse), size + 1),
                size, day -> Paging.encode(day.get("day").toString()));
    }
}
