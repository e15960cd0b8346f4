package io.jejaring.web.backend;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;


/** interactions-service's commitments: the promises between the owner and their contacts, soonest due first. */
@RegisterRestClient(configKey = "interactions")
@RegisterClientHeaders(BearerToken.class)
@Path("/api/v1/commitments")
public interface CommitmentsClient {

    String OPEN = "OPEN";
    int MAX_PAGE = 200;

    @GET
    Page list(@QueryParam("status") String status, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Resolves an open promise; {@code ifMatch} is the quoted version the owner saw, so a changed one answers 412. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Commitment resolve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Resolution resolution);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Commitment> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commitment(String id, String contactId, String direction, String description, LocalDate dueOn, String status,
            long version) {

        public boolean iPromised() {
            return "I_PROMISED".equals(direction);
        }
    }

    record Resolution(String status) {
    }
}
