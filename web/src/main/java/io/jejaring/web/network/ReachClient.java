package io.jejaring.web.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/** insights-service's reach: the network's figures now, and as they were each day. */
@RegisterRestClient(configKey = "insights")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/insights/reach")
public interface ReachClient {

    @GET
    Reach reach();

    @GET
    @Path("/history")
    HistoryPage history(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reach(long totalContacts, long activeContacts, long secondDegreeReach, Map<String, Integer> layers,
            Breadth breadth, Diversity diversity, Map<String, Integer> channelMix, Reciprocity reciprocity,
            Generosity generosity, Integrity integrity, long overdueCount, Instant computedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Breadth(long communities, long cultures, long ageBands) {
    }

    /** The index of qualitative variation (Blau normalised to 0..1) of each attribute. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Diversity(double community, double culture, double ageBand) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reciprocity(long me, long them, Double initiationBalance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Generosity(long gave, long received, Double balance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Integrity(long kept, long broken, Double keptRate, long theirKept, long theirBroken, Double theirKeptRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistoryPage(List<Day> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate day, Reach figures) {
    }
}
