package io.jejaring.interactions.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contacts-service's API, called with the caller's own token: the only call between services. */
@RegisterRestClient(configKey = "contacts")
@Path("/api/v1/contacts")
public interface ContactsClient {

    @GET
    @Path("/{id}")
    ContactSummary get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);

    /** The two fields this service needs; the rest of the contact is none of its business. */
    record ContactSummary(UUID id, long version) {
    }
}
