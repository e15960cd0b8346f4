package io.jejaring.contacts.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.contacts.domain.ContactMapper;
import io.jejaring.contacts.domain.ContactRestore;
import io.jejaring.contacts.domain.ContactsRestored;
import io.jejaring.contacts.domain.ContactService;
import io.jejaring.contacts.domain.ImportResult;
import io.jejaring.contacts.domain.ImportService;
import io.jejaring.contacts.domain.OwnerExport;
import io.jejaring.contacts.domain.Profile;
import io.jejaring.contacts.imports.CsvReader;
import io.jejaring.contacts.imports.VCardReader;
import io.jejaring.contacts.imports.VCardWriter;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.quarkus.security.Authenticated;

/** Data portability: import vCard and CSV files, export everything as vCard or JSON. */
@Path("/api/v1/contacts")
@Tag(name = "Portability", description = "Import contacts from vCard and CSV files; export them all as vCard or JSON.")
@Authenticated
public class PortabilityResource {

    public static final String VCARD = "text/vcard";
    static final String CSV = "text/csv";
    static final String RESTORE_EXAMPLE = """
            {"contacts": [
              {"id": "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10", "displayName": "Ayu Lestari", "tier": "CLOSE",
               "communities": ["alumni"], "createdAt": "2025-03-01T08:00:00Z"},
              {"id": "7b2e5d41-1a3c-4f88-b6e0-9d4c3a2f1e55", "displayName": "Budi Santoso",
               "introducedBy": "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10", "createdAt": "2025-04-12T10:30:00Z"}],
             "connections": [
              {"contactId": "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10", "otherContactId": "7b2e5d41-1a3c-4f88-b6e0-9d4c3a2f1e55",
               "kind": "COLLEAGUE"}],
             "profile": {"displayName": "Sari Wijaya", "emails": ["sari@example.org"]}}""";
    static final String RESTORED_EXAMPLE = """
            {"contacts": 2, "connections": 1, "contactIds": {
              "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10": "3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10",
              "7b2e5d41-1a3c-4f88-b6e0-9d4c3a2f1e55": "c0a8e1f2-5b3d-4c6e-8f90-1a2b3c4d5e6f"}}""";

    @Inject
    ImportService imports;

    @Inject
    ContactService contacts;

    @Inject
    ContactRestore restores;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentOwner owner;

    private static final String IMPORTED = "A file's import counts (vCard, CSV), or a restore's id map (JSON).";

    // POST /import is one OpenAPI operation over three methods, one per media type: each declares its request
    // body, and the JSON restore below holds the operation's description and answers for all three.
    @RequestBody(required = true, content = @Content(mediaType = VCARD, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "vcard", value = ApiExamples.VCARD)))
    @APIResponse(responseCode = "200", description = IMPORTED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = {ImportResult.class, ContactsRestored.class})))
    @POST
    @Path("/import")
    @Consumes({VCARD, "text/x-vcard", "text/directory"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importVCards(String body) {
        return imports.importContacts(owner.id(), VCardReader.read(body));
    }

    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "linkedin", value = ApiExamples.CSV)))
    @APIResponse(responseCode = "200", description = IMPORTED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = {ImportResult.class, ContactsRestored.class})))
    @POST
    @Path("/import")
    @Consumes({CSV, "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(String body) {
        return imports.importContacts(owner.id(), CsvReader.read(body));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importContacts", summary = "Import contacts from vCard or CSV, or restore a JSON export",
            description = "`text/vcard` (2.1, 3.0, 4.0; also sent as text/x-vcard or text/directory) and `text/csv` "
                    + "(Google Contacts, current and legacy headers, and LinkedIn's Connections.csv; also sent as "
                    + "application/csv), up to 10 MiB, add the file's contacts: a bad card is reported by line, and "
                    + "duplicates are skipped. `application/json` restores the body of `GET /export` as `application/json`, "
                    + "all or nothing: a bad item answers 400 or 422 naming it (`contacts[3].tier`), and nothing is "
                    + "written. Each contact keeps its id and `createdAt` when the id is free, and gets a new id when it "
                    + "is taken; introductions and connections follow. The backup's `profile`, when it has one, replaces "
                    + "the owner's (`PUT /owner/profile`). Fields the server derives are ignored. The answer "
                    + "maps every backup id to the id it has now: pass it as `contactIds` to "
                    + "`POST /api/v1/interactions/import`. Restoring the same backup twice makes copies.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Backup.class),
            examples = @ExampleObject(name = "backup", value = RESTORE_EXAMPLE)))
    @APIResponse(responseCode = "200",
            description = IMPORTED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {ImportResult.class, ContactsRestored.class}),
                    examples = {@ExampleObject(name = "imported", value = ApiExamples.IMPORT_RESULT),
                            @ExampleObject(name = "restored", value = RESTORED_EXAMPLE)}))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ContactsRestored restore(@NotNull @Valid ContactsBackupBody body) {
        return restores.restore(owner.id(), body.contacts(mapper), body.connections(mapper), body.profile());
    }

    /** vCard unless JSON is asked for: a client that accepts anything gets the portable format. */
    @Operation(operationId = "exportContacts", summary = "Export every contact",
            description = "Every contact of the owner: as vCard 4.0 by default (a client that accepts anything gets the"
                    + " portable format), or as JSON, with the connections too, when `Accept` asks for application/json.")
    @APIResponse(responseCode = "200", description = "All the owner's contacts.", content = {
            @Content(mediaType = VCARD, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "vcard", value = ApiExamples.VCARD)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Export.class),
                    examples = @ExampleObject(name = "json", value = ApiExamples.EXPORT))})
    @GET
    @Path("/export")
    @Produces({VCARD, MediaType.APPLICATION_JSON})
    public Response export(@Context HttpHeaders headers) {
        if (prefersJson(headers.getAcceptableMediaTypes())) {
            OwnerExport export = contacts.export(owner.id());
            int year = contacts.currentYear();
            List<ContactView> contactViews = export.contacts().stream().map(contact -> ContactView.of(contact, year)).toList();
            List<ConnectionView> connections = export.connections().stream()
                    .map(connection -> ConnectionView.of(connection, connection.pair.contactA())).toList();
            return Response.ok(new Export(contactViews, connections, export.profile()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        String vcards = VCardWriter.write(contacts.all(owner.id()).stream().map(ContactMapper::toDraft).toList());
        return Response.ok(vcards, VCARD + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"jejaring-contacts.vcf\"").build();
    }

    private static boolean prefersJson(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.valueOf(VCARD))) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /** Everything the owner has, in JSON. */
    @Schema(name = "ContactsExport", description = "Every contact and connection of the owner, and the owner's profile.")
    public record Export(@Schema(description = "Every contact.") List<ContactView> contacts,
            @Schema(description = "Every connection, once, seen from one of its two contacts.") List<ConnectionView> connections,
            @Schema(description = "The owner's own name and addresses (`GET /owner/profile`).") Profile profile) {
    }

    /** The restore's body as the document shows it: the export, whose items are sent back with their ids. */
    @Schema(name = "ContactsBackup", description = "The body of `GET /export` as application/json.")
    record Backup(
            @Schema(type = SchemaType.ARRAY, implementation = Map.class,
                    description = "The exported contacts, each as `GET /export` gave it (see ContactView).")
            List<Map<String, Object>> contacts,
            @Schema(type = SchemaType.ARRAY, implementation = Map.class,
                    description = "The exported connections, each as `GET /export` gave it (see ConnectionView).")
            List<Map<String, Object>> connections,
            @Schema(description = "Optional: the owner's profile, as `GET /export` gave it; it replaces the owner's.")
            Profile profile) {
    }
}
