package io.jejaring.interactions.api;

import java.io.IOException;
import java.io.InputStream;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.interactions.domain.CaptureFormat;
import io.jejaring.interactions.domain.CaptureService;
import io.jejaring.interactions.domain.CaptureSummary;
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

    static final String CALENDAR = "text/calendar";
    static final String MBOX = "application/mbox";
    static final String IMPORTED = "A calendar or mail capture's counts (text/calendar, application/mbox), or a restore's"
            + " id maps (JSON).";
    static final String CALENDAR_EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            BEGIN:VEVENT
            UID:7kukuqrfedlm2f9t0vr42q3ikt@google.com
            DTSTART;TZID=Asia/Jakarta:20261120T093000
            DTEND;TZID=Asia/Jakarta:20261120T103000
            SUMMARY:Kopi darat
            ORGANIZER;CN=Me:mailto:me@example.org
            ATTENDEE;PARTSTAT=ACCEPTED;CN=Ayu Lestari:mailto:ayu@example.org
            LOCATION:https://meet.google.com/abc-defg-hij
            SEQUENCE:0
            END:VEVENT
            END:VCALENDAR
            """;
    static final String MBOX_EXAMPLE = """
            From 1790000000000000000@xxx Fri Nov 20 09:30:00 +0000 2026
            Message-ID: <CAF3x9QkPq@mail.example.org>
            Date: Fri, 20 Nov 2026 16:30:00 +0700
            From: Ayu Lestari <ayu@example.org>
            To: Me <me@example.org>
            Subject: =?UTF-8?Q?Terima_kasih?=

            Thanks for the intro!
            """;
    static final String CAPTURED_EXAMPLE = """
            {"created": 41, "updated": 1, "alreadyImported": 0, "ignored": 12,
             "unmatched": [{"address": "budi@example.org", "occurrences": 7}],
             "errors": [{"line": 1207, "message": "unreadable event: no DTSTART"}]}""";

    @Inject
    OwnerExportPages pages;

    @Inject
    CaptureService captures;

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

    // POST /import is one OpenAPI operation over three methods, one per media type: each declares its request
    // body, and the JSON restore below holds the operation's description and answers for all three.
    @RequestBody(required = true, content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "calendar", value = CALENDAR_EXAMPLE)))
    @APIResponse(responseCode = "200", description = IMPORTED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = {CaptureSummary.class, InteractionsRestored.class})))
    @POST
    @Path("/import")
    @Consumes(CALENDAR)
    @Produces(MediaType.APPLICATION_JSON)
    public CaptureSummary captureCalendar(InputStream body) {
        return captures.capture(caller.get(), CaptureFormat.CALENDAR, body);
    }

    @RequestBody(required = true, content = @Content(mediaType = MBOX, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "mbox", value = MBOX_EXAMPLE)))
    @APIResponse(responseCode = "200", description = IMPORTED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = {CaptureSummary.class, InteractionsRestored.class})))
    @POST
    @Path("/import")
    @Consumes(MBOX)
    @Produces(MediaType.APPLICATION_JSON)
    public CaptureSummary captureMail(InputStream body) {
        return captures.capture(caller.get(), CaptureFormat.MBOX, body);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importInteractions",
            summary = "Capture interactions from a calendar or mail export, or restore a JSON export",
            description = "`text/calendar` (an iCalendar export of Google Calendar, Outlook or Apple) and `application/mbox`"
                    + " (a Gmail Takeout or Thunderbird mbox), up to 50 MiB by default (`jejaring.import.max-bytes`), capture"
                    + " interactions. contacts-service says which addresses are the owner's contacts and which the owner's own"
                    + " (the profile); 503 when it can't, and nothing is written. Calendar: one interaction per occurrence that"
                    + " has started (RRULE expanded, EXDATE removed, RECURRENCE-ID overrides replacing theirs); cancelled events,"
                    + " events the owner declined, attendees who declined, rooms and resources are left out; VIDEO when the"
                    + " event carries a conference link, else IN_PERSON; `initiatedBy` ME when the owner organized it. Mail: one"
                    + " EMAIL interaction per message with a contact among From, To and Cc; bulk mail (List-Unsubscribe,"
                    + " Precedence bulk or list) is ignored; `initiatedBy` ME when the owner sent it. Each item is remembered"
                    + " by its source (UID and occurrence start, or Message-ID): importing a file again creates nothing, a"
                    + " message that appears twice counts once, and an event re-exported with a higher SEQUENCE updates its"
                    + " interaction. Writes commit in batches that each stand alone; one bad event or message is reported in"
                    + " `errors` and never sinks the rest. A second import while one runs for the owner gets 409; a file that"
                    + " is no iCalendar or mbox gets 400. "
                    + "`application/json` restores a backup: it takes the body of `GET /export`, plus `contactIds`: the map `POST /api/v1/contacts/import` "
                    + "answered, so that each item follows its contacts (an id the map doesn't name is taken as it is). "
                    + "All or nothing: a bad item answers 400 or 422 naming it (`interactions[2].occurredAt`), and "
                    + "nothing is written. Every contact must be the owner's. Interactions and commitments keep their "
                    + "ids when free and get new ones when taken; a commitment follows its interaction. Commitments keep "
                    + "their status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InteractionsBackupBody.class),
            examples = @ExampleObject(name = "backup", value = RESTORE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = IMPORTED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {CaptureSummary.class, InteractionsRestored.class}),
                    examples = {@ExampleObject(name = "captured", value = CAPTURED_EXAMPLE),
                            @ExampleObject(name = "restored", value = RESTORED_EXAMPLE)}))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
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
