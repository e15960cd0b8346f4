package io.jejaring.web.transfer;

import java.io.InputStream;
import java.nio.file.Path;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.jejaring.web.backend.BearerToken;

/**
 * contacts-service's portability and erasure: import a file, export everything, erase the owner. Files go up from
 * disk and exports come down as streams (the REST client pipes a {@link Path} body and an {@link InputStream}
 * answer without holding them in memory).
 */
@RegisterRestClient(configKey = "contacts")
@RegisterClientHeaders(BearerToken.class)
@jakarta.ws.rs.Path("/api/v1")
public interface ContactsPortability {

    String VCARD = "text/vcard";
    String CSV = "text/csv";

    @POST
    @jakarta.ws.rs.Path("contacts/import")
    @Consumes(VCARD)
    @Produces(MediaType.APPLICATION_JSON)
    ImportResult importVcard(Path file);

    /** Google's and LinkedIn's CSVs alike: the service tells them apart by their header. */
    @POST
    @jakarta.ws.rs.Path("contacts/import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    ImportResult importCsv(Path file);

    @GET
    @jakarta.ws.rs.Path("contacts/export")
    @Produces(VCARD)
    InputStream exportVcard();

    /** Every contact and connection. */
    @GET
    @jakarta.ws.rs.Path("contacts/export")
    @Produces(MediaType.APPLICATION_JSON)
    InputStream exportJson();

    /** Erases every contact and connection now; the other services erase the rest from the events. */
    @DELETE
    @jakarta.ws.rs.Path("owner")
    void eraseOwner(@QueryParam("confirm") boolean confirm);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImportResult(int created, int skippedDuplicates, java.util.List<ImportProblem> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImportProblem(int line, String message) {
    }
}
