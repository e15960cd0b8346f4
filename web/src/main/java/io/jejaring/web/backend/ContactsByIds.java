package io.jejaring.web.backend;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** contacts-service's batch read: up to 200 contacts by id in one call. */
@RegisterRestClient(configKey = "contacts")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/contacts")
public interface ContactsByIds {

    int MAX_IDS = 200;

    @GET
    Page byIds(@QueryParam("ids") String commaSeparatedIds);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Person> items) {
    }
}
