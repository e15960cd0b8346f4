package io.jejaring.contacts.api;

import java.util.List;

import jakarta.inject.Inject;
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

import io.jejaring.contacts.domain.ContactMapper;
import io.jejaring.contacts.domain.ContactService;
import io.jejaring.contacts.domain.ImportResult;
import io.jejaring.contacts.domain.ImportService;
import io.jejaring.contacts.domain.OwnerExport;
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

    @Inject
    ImportService imports;

    @Inject
    ContactService contacts;

    @Inject
    CurrentOwner owner;

    @Operation(operationId = "importContacts", summary = "Import contacts from a file",
            description = "Creates a contact for each card or row, skipping duplicates of existing contacts. Takes vCard"
                    + " (2.1, 3.0, 4.0; also sent as text/x-vcard or text/directory) and CSV (Google Contacts, current and"
                    + " legacy headers, and LinkedIn's Connections.csv; also sent as application/csv), up to 10 MiB.")
    @RequestBody(required = true, content = {
            @Content(mediaType = VCARD, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "vcard", value = ApiExamples.VCARD)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "linkedin", value = ApiExamples.CSV))})
    @APIResponse(responseCode = "200", description = "What was imported, and what could not be.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = ApiExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/import")
    @Consumes({VCARD, "text/x-vcard", "text/directory"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importVCards(String body) {
        return imports.importContacts(owner.id(), VCardReader.read(body));
    }

    @Operation(operationId = "importContacts", summary = "Import contacts from a file",
            description = "Creates a contact for each card or row, skipping duplicates of existing contacts. Takes vCard"
                    + " (2.1, 3.0, 4.0; also sent as text/x-vcard or text/directory) and CSV (Google Contacts, current and"
                    + " legacy headers, and LinkedIn's Connections.csv; also sent as application/csv), up to 10 MiB.")
    @RequestBody(required = true, content = {
            @Content(mediaType = VCARD, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "vcard", value = ApiExamples.VCARD)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "linkedin", value = ApiExamples.CSV))})
    @APIResponse(responseCode = "200", description = "What was imported, and what could not be.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = ApiExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/import")
    @Consumes({CSV, "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(String body) {
        return imports.importContacts(owner.id(), CsvReader.read(body));
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
            return Response.ok(new Export(contactViews, connections), MediaType.APPLICATION_JSON_TYPE).build();
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
    @Schema(name = "ContactsExport", description = "Every contact and connection of the owner.")
    public record Export(@Schema(description = "Every contact.") List<ContactView> contacts,
            @Schema(description = "Every connection, once, seen from one of its two contacts.") List<ConnectionView> connections) {
    }
}
