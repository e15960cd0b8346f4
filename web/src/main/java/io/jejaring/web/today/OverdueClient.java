package io.jejaring.web.today;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/** insights-service's overdue relationships, most overdue first. */
@RegisterRestClient(configKey = "insights")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/insights/overdue")
public interface OverdueClient {

    @GET
    Page overdue(@QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Overdue> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Overdue(String contactId, java.time.Instant lastInteractionAt, java.time.Instant dueAt, int daysOverdue,
            int cadenceDays, String layer) {
    }
}
