package io.jejaring.web.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/**
 * insights-service's view of one relationship: strength and layer now, due date, balances and flags; and its tie
 * strength over time.
 */
@RegisterRestClient(configKey = "insights")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/insights/contacts")
public interface RelationshipClient {

    @GET
    @Path("{contactId}")
    Relationship relationship(@PathParam("contactId") String contactId);

    /** The tie strength at the end of each of the last {@code days} days (UTC), oldest first; today's is now. */
    @GET
    @Path("{contactId}/strength-history")
    StrengthHistory strengthHistory(@PathParam("contactId") String contactId, @QueryParam("days") int days);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Relationship(double strength, int layer, Instant lastInteractionAt, Instant dueAt, Long daysOverdue,
            Integer cadenceDays, boolean keepInTouch, Balances balances, List<String> flags) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Balances(int me, int them, int gave, int received) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StrengthHistory(List<StrengthPoint> points) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StrengthPoint(LocalDate date, double strength) {
    }
}
