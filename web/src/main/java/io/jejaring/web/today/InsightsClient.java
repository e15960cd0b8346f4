package io.jejaring.web.today;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/** insights-service: the overdue relationships (most overdue first) and whom to reach out to, with reasons. */
@RegisterRestClient(configKey = "insights")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/insights")
public interface InsightsClient {

    @GET
    @Path("overdue")
    OverduePage overdue(@QueryParam("limit") int limit);

    @GET
    @Path("suggestions")
    SuggestionPage suggestions(@QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OverduePage(List<Overdue> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Overdue(String contactId, Instant lastInteractionAt, Instant dueAt, int daysOverdue, int cadenceDays,
            int layer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SuggestionPage(List<Suggestion> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Suggestion(String contactId, int layer, List<Reason> reasons) {
    }

    /** Why someone is suggested: a code and the numbers behind it (and an English sentence we do not show). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String code, Map<String, Number> numbers, String text) {

        /** A count of days or times, as the page shows it. */
        int number(String name) {
            Number value = numbers == null ? null : numbers.get(name);
            return value == null ? 0 : value.intValue();
        }
    }
}
