package io.jejaring.interactions.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contacts-service's API, called with the caller's own token: the only call between services. */
@RegisterRestClient(configKey = "contacts")
@Path("/api/v1/contacts")
public interface ContactsClient {

    @GET
    @Path("/{id}")
    ContactSummary get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);

    /** Which of the addresses are the caller's contacts, or the caller; the others are left out of the answer. */
    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    LookupAnswer lookup(LookupRequest request, @HeaderParam("Authorization") String authorization);

    /** Up to 1000 addresses. */
    record LookupRequest(List<String> emails) {
    }

    record LookupAnswer(List<LookupMatch> matches) {
    }

    /** An address as sent, and the contact it belongs to, or {@code me} when it is the caller's own. */
    record LookupMatch(String email, UUID contactId, Boolean me) {
    }

    /** The two fields this service needs; the rest of the contact is none of its business. */
    record ContactSummary(UUID id, long version) {
    }
}
