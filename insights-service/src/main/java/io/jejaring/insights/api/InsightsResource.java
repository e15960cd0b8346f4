package io.jejaring.insights.api;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.jejaring.insights.domain.Insights;
import io.jejaring.insights.domain.OverdueRelationship;
import io.jejaring.insights.domain.Reach;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.quarkus.security.Authenticated;

@Path("/api/v1/insights")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {

    @Inject
    Insights insights;

    @Inject
    CurrentOwner owner;

    /** Overdue relationships, oldest due date first, then by contact id: the order the index keeps. */
    @GET
    @Path("/overdue")
    public Page<OverdueRelationship> overdue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 2);
        return Page.of(insights.overdue(owner.id(), after == null ? null : Paging.part(after[0], Instant::parse),
                        after == null ? null : Paging.uuid(after[1]), size + 1),
                size, last -> Paging.encode(last.dueAt().toString(), last.contactId().toString()));
    }

    @GET
    @Path("/reach")
    public Reach reach() {
        return insights.reach(owner.id());
    }
}
