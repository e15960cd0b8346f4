package io.jejaring.interactions.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.interactions.domain.InteractionRestore;
import io.jejaring.interactions.domain.InteractionsRestored;
import io.jejaring.interactions.domain.OwnerExportPages;
import io.jejaring.interactions.store.Commitment;
import io.jejaring.interactions.store.Interaction;
import io.quarkus.security.Authenticated;

/**
 * Backup and restore of the owner's interactions and commitments. {@code /import} is one path for every format:
 * each media type gets its own method here, as JSON does now.
 */
@Path("/api/v1/interactions")
@Authenticated
public class InteractionPortabilityResource {

    /** Rows per keyset page of an export: each page is one short read, and only one page is held at a time. */
    static final int PAGE = 500;
    static final String EXPORT_EXAMPLE = """
            {"interactions": [
              {"id": "0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", "contactIds": ["3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10"],
               "channel": "IN_PERSON", "socialNetwork": null, "socialNetworkLabel": null, "initiatedBy": "ME", "exchange": "GAVE",
               "occurredAt": "2026-11-20T09:30:00Z", "durationMinutes": 45, "summary": "kopi darat", "notes": null,
               "version": 1, "createdAt": "2026-11-20T10:00:00Z", "updatedAt": "2026-11-20T10:00:00Z"}],
             "commitments": [
              {"id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c", "contactId": "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10",
               "interactionId": "0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", "direction": "I_PROMISED",
               "description": "send the deck", "dueOn": "2026-12-01", "status": "KEPT", "version": 2,
               "createdAt": "2026-11-20T10:01:00Z", "updatedAt": "2026-11-28T16:00:00Z"}]}""";
    static final String RESTORE_EXAMPLE = """
            {"contactIds": {"3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10": "c0a8e1f2-5b3d-4c6e-8f90-1a2b3c4d5e6f"},
             "interactions": [
              {"id": "0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", "contactIds": ["3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10"],
               "channel": "IN_PERSON", "initiatedBy": "ME", "exchange": "GAVE", "occurredAt": "2026-11-20T09:30:00Z",
               "createdAt": "2026-11-20T10:00:00Z"}],
             "commitments": [
              {"id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c", "contactId": "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10",
               "interactionId": "0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", "direction": "I_PROMISED",
               "description": "send the deck", "dueOn": "2026-12-01", "status": "KEPT"}]}""";
    static final String RESTORED_EXAMPLE = """
            {"interactions": 1, "commitments": 1,
             "interactionIds": {"0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f": "0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"},
             "commitmentIds": {"5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c": "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c"}}""";

    @Inject
    OwnerExportPages pages;

    @Inject
    InteractionRestore restores;

    @Inject
    CurrentCaller caller;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportInteractions", summary = "Export every interaction and commitment",
            description = "Everything the owner has in this service, as one JSON document streamed page by page: "
                    + "`interactions` newest first and `commitments` soonest due first, each item as `GET /{id}` shows "
                    + "it. `POST /import` takes it back.")
    @APIResponse(responseCode = "200", description = "The owner's interactions and commitments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Export.class),
                    examples = @ExampleObject(name = "export", value = EXPORT_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export() {
        String ownerId = caller.ownerId();
        StreamingOutput body = out -> write(ownerId, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"jejaring-interactions.json\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importInteractions", summary = "Restore interactions and commitments from a JSON export",
            description = "Takes the body of `GET /export`, plus `contactIds`: the map `POST /api/v1/contacts/import` "
                    + "answered, so that each item follows its contacts (an id the map doesn't name is taken as it is). "
                    + "All or nothing: a bad item answers 400 or 422 naming it (`interactions[2].occurredAt`), and "
                    + "nothing is written. Every contact must be the owner's. Interactions and commitments keep their "
                    + "ids when free and get new ones when taken; a commitment follows its interaction. Commitments keep "
                    + "their status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InteractionsBackupBody.class),
            examples = @ExampleObject(name = "backup", value = RESTORE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Everything was restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InteractionsRestored.class),
                    examples = @ExampleObject(name = "restored", value = RESTORED_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public InteractionsRestored restore(@NotNull InteractionsBackupBody body) {
        return restores.restore(caller.get(), body.contactMap(), body.interactions(mapper), body.commitments(mapper));
    }

    private void write(String ownerId, OutputStream out) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        writeAll(json, "interactions", (Interaction last) -> last == null
                ? pages.interactions(ownerId, null, null, PAGE)
                : pages.interactions(ownerId, last.occurredAt, last.id, PAGE), InteractionView::of);
        writeAll(json, "commitments", (Commitment last) -> last == null
                ? pages.commitments(ownerId, null, null, PAGE)
                : pages.commitments(ownerId, last.dueOn, last.id, PAGE), CommitmentView::of);
        json.writeEndObject();
        json.close();
    }

    /** Writes a field holding every page: {@code pageAfter} answers the first page for null, else the page after it. */
    private static <T> void writeAll(JsonGenerator json, String field, Function<T, List<T>> pageAfter,
            Function<T, Object> view) throws IOException {
        json.writeArrayFieldStart(field);
        List<T> page = pageAfter.apply(null);
        while (!page.isEmpty()) {
            for (T item : page) {
                json.writeObject(view.apply(item));
            }
            json.flush();
            page = page.size() < PAGE ? List.of() : pageAfter.apply(page.get(page.size() - 1));
        }
        json.writeEndArray();
    }

    /** The export's document: every interaction and commitment the owner has. */
    public record Export(List<InteractionView> interactions, List<CommitmentView> commitments) {
    }
}
