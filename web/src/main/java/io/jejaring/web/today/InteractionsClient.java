package io.jejaring.web.today;

import java.util.List;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.jejaring.web.backend.BearerToken;

/** interactions-service: logging an interaction from a one-click button. */
@RegisterRestClient(configKey = "interactions")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/interactions")
public interface InteractionsClient {

    @POST
    void log(InteractionDraft draft);

    /** The fields a one-click log sets; the rest (and an absent exchange: SOCIAL) take the service's defaults. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InteractionDraft(List<String> contactIds, String channel, String initiatedBy, String exchange,
            String occurredAt) {
    }
}
