package io.jejaring.web.transfer;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.jejaring.web.backend.BearerToken;

/** interactions-service's export: every interaction and commitment (promise) of the owner, as one JSON document. */
@RegisterRestClient(configKey = "interactions")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/interactions/export")
public interface InteractionsPortability {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    InputStream exportJson();
}
