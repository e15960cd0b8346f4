package io.jejaring.web.people;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/** contacts-service, for the People pages: search, read, create, update, delete, merge, and connections. */
@RegisterRestClient(configKey = "contacts")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/contacts")
public interface ContactsClient {

    int MAX_CONNECTIONS = 200;

    @GET
    Contact.Page search(@QueryParam("q") String q, @QueryParam("community") String community,
            @QueryParam("tag") String tag, @QueryParam("tier") String tier, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("{id}")
    RestResponse<Contact> get(@PathParam("id") String id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Contact create(Map<String, Object> draft);

    /** A merge patch (application/json is taken as one): the fields given replace the contact's, a null removes one. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Contact update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> patch);

    @DELETE
    @Path("{id}")
    void delete(@PathParam("id") String id);

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    Contact merge(@PathParam("id") String id, MergeRequest request);

    @GET
    @Path("{id}/connections")
    ConnectionPage connections(@PathParam("id") String id, @QueryParam("limit") int limit);

    record MergeRequest(String duplicateId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Connection(String otherContactId, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConnectionPage(List<Connection> items, String nextCursor) {
    }
}
