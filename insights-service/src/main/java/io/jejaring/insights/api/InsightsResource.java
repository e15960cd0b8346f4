package io.jejaring.insights.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jejaring.insights.domain.OverdueList;
import io.jejaring.insights.domain.OverdueRelationship;
import io.jejaring.insights.domain.Reach;
import io.jejaring.insights.domain.ReachCalculator;
import io.jejaring.insights.domain.ReachDay;
import io.jejaring.insights.domain.ReachSnapshots;
import io.jejaring.insights.domain.RelationshipInsight;
import io.jejaring.insights.domain.RelationshipInsights;
import io.jejaring.insights.domain.StrengthHistories;
import io.jejaring.insights.domain.StrengthHistory;
import io.jejaring.insights.domain.Suggestion;
import io.jejaring.insights.domain.Suggestions;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.jejaring.plumbing.web.QueryParams;
import io.quarkus.security.Authenticated;

@Path("/api/v1/insights")
@Tag(name = "Insights", description = "What the owner's network looks like, computed from the contact and interaction"
        + " events: overdue relationships, tie strength and Dunbar layers, reach and diversity, reciprocity,"
        + " generosity and integrity. Contacts appear by id only; contacts-service has their names.")
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
    StrengthHistories strengthHistories;

    @Inject
    Suggestions suggestions;

    @Inject
    CurrentOwner owner;

    /** Overdue relationships, oldest due date first, then by contact id: the order the index keeps. */
    @GET
    @Path("/overdue")
    @Operation(operationId = "listOverdue", summary = "List overdue relationships",
            description = "The relationships past their due date (the last interaction, or the contact's creation, plus"
                    + " the cadence), the longest overdue first, a page at a time. Contacts with keepInTouch false are"
                    + " never overdue.")
    @APIResponse(responseCode = "200", description = "One page of overdue relationships.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightsApiDocs.OverduePage.class),
                    examples = @ExampleObject(name = "one overdue", value = InsightsApiDocs.OVERDUE_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<OverdueRelationship> overdue(
            @Parameter(description = Paging.LIMIT_DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 2);
        return Page.of(overdue.page(owner.id(), after == null ? null : Paging.part(after[0], Instant::parse),
                        after == null ? null : Paging.uuid(after[1]), size + 1),
                size, last -> Paging.encode(last.dueAt().toString(), last.contactId().toString()));
    }

    @GET
    @Path("/reach")
    @Operation(operationId = "getReach", summary = "Get the network's reach",
            description = "The owner's network at a glance, computed now: active contacts, second-degree reach, Dunbar"
                    + " layers, breadth and diversity of communities, cultures and age bands, channel mix, reciprocity,"
                    + " generosity, integrity, and how many relationships are overdue.")
    @APIResponse(responseCode = "200", description = "The reach figures.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reach.class),
                    examples = @ExampleObject(name = "reach", value = InsightsApiDocs.REACH)))
    public Reach reach() {
        return reach.reach(owner.id());
    }

    @GET
    @Path("/contacts/{contactId}")
    @Operation(operationId = "getRelationship", summary = "Get one relationship's insights",
            description = "One relationship in full: tie strength and layer, last interaction and due date, balances of"
                    + " initiation and exchange over the last 365 days, promises both ways, and flags (OVERDUE,"
                    + " ONE_SIDED, YOU_OWE, FADING).")
    @APIResponse(responseCode = "200", description = "The relationship.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationshipInsight.class),
                    examples = @ExampleObject(name = "overdue and owed", value = InsightsApiDocs.RELATIONSHIP)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RelationshipInsight relationship(
            @Parameter(description = "The contact's id (a UUID). A deleted, unknown or another owner's contact, and a"
                    + " malformed id, answer 404.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("contactId") String contactId) {
        UUID id = Ids.parseOrNotFound(contactId, "relationship");
        return relationships.of(owner.id(), id);
    }

    @GET
    @Path("/contacts/{contactId}/strength-history")
    @Operation(operationId = "getStrengthHistory", summary = "Get one relationship's tie strength over time",
            description = "The tie strength at the end of each day (UTC) of the last `days` days, oldest first, today's"
                    + " being now (so it equals `strength` in `getRelationship`). Each point sums the interactions up to"
                    + " the end of its day, decayed to that moment. Up to 180 days the points are daily; beyond, weekly:"
                    + " every 7th day back from today.")
    @APIResponse(responseCode = "200", description = "The points, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StrengthHistory.class),
                    examples = @ExampleObject(name = "a coffee three days ago", value = InsightsApiDocs.STRENGTH_HISTORY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StrengthHistory strengthHistory(
            @Parameter(description = "The contact's id (a UUID). A deleted, unknown or another owner's contact, and a"
                    + " malformed id, answer 404.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("contactId") String contactId,
            @Parameter(description = "How many days back, today included: 7 to 730 (default 180); anything else answers"
                    + " 400. Beyond 180 the points are weekly.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "7", maximum = "730", defaultValue = "180"))
            @QueryParam("days") String days) {
        int span = days(days);
        UUID id = Ids.parseOrNotFound(contactId, "relationship");
        return strengthHistories.of(owner.id(), id, span);
    }

    private static int days(String value) {
        if (value == null || value.isEmpty()) {
            return StrengthHistories.DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= StrengthHistories.MIN_DAYS && days <= StrengthHistories.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Paging.invalid("days", "must be an integer from " + StrengthHistories.MIN_DAYS + " to "
                + StrengthHistories.MAX_DAYS);
    }

    /**
     * Who to reach out to this week, highest priority first. It is a ranked top-{@code limit}, not a walk through
     * a stored order: priorities move with time, so a cursor could not resume it, and {@code nextCursor} is null.
     */
    @GET
    @Path("/suggestions")
    @Operation(operationId = "listSuggestions", summary = "Suggest whom to reach out to",
            description = "Who to reach out to this week, highest priority first, each with its reasons: a code, the"
                    + " numbers behind it and a sentence. It is a ranked top-`limit`: priorities move with time, so"
                    + " there is no next page and `nextCursor` is always null.")
    @APIResponse(responseCode = "200", description = "The suggestions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightsApiDocs.SuggestionPage.class),
                    examples = @ExampleObject(name = "one suggestion", value = InsightsApiDocs.SUGGESTIONS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Suggestion> suggestions(
            @Parameter(description = "How many suggestions, 1 to 200 (default 10); anything else answers 400.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "10"))
            @QueryParam("limit") String limit) {
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
    @Operation(operationId = "listReachHistory", summary = "List daily reach snapshots",
            description = "The figures of `getReach` as they were each day (UTC), oldest first, a page at a time: from"
                    + " `from` to `to` inclusive, the last 30 days by default, spanning at most 366 days. Days with no"
                    + " snapshot are left out.")
    @APIResponse(responseCode = "200", description = "One page of daily snapshots.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightsApiDocs.ReachHistoryPage.class),
                    examples = @ExampleObject(name = "one day", value = InsightsApiDocs.HISTORY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ReachDay> history(
            @Parameter(description = "The first day (UTC), inclusive: a date such as 2026-01-01, not an instant (a time"
                    + " is a 400). Defaults to 29 days before `to`.",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "The last day (UTC), inclusive: a date such as 2026-01-31, not before `from`."
                    + " Defaults to today.",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = Paging.LIMIT_DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        LocalDate last = QueryParams.date("to", to);
        LocalDate first = QueryParams.date("from", from);
        String[] after = Paging.decode(cursor, 1);
        return Page.of(snapshots.history(owner.id(), first, last,
                        after == null ? null : Paging.part(after[0], LocalDate::parse), size + 1),
                size, day -> Paging.encode(day.day()));
    }
}
