package io.jejaring.web.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/** interactions-service, for a person's page: their interactions (newest first) and the promises with them. */
@RegisterRestClient(configKey = "interactions")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1")
public interface InteractionsClient {

    @GET
    @Path("interactions")
    InteractionPage interactions(@QueryParam("contactId") String contactId, @QueryParam("limit") int limit);

    @GET
    @Path("commitments")
    CommitmentPage commitments(@QueryParam("contactId") String contactId, @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Interaction(String id, List<String> contactIds, String channel, String initiatedBy, String exchange,
            Instant occurredAt, Integer durationMinutes, String summary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InteractionPage(List<Interaction> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commitment(String id, String direction, String description, LocalDate dueOn, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommitmentPage(List<Commitment> items, String nextCursor) {
    }
}
