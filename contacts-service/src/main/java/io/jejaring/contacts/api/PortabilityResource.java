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

    @POST
    @Path("/import")
    @Consumes({VCARD, "text/x-vcard", "text/directory"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importVCards(String body) {
        return imports.importContacts(owner.id(), VCardReader.read(body));
    }

    @POST
    @Path("/import")
    @Consumes({CSV, "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(String body) {
        return imports.importContacts(owner.id(), CsvReader.read(body));
    }

    /** vCard unless JSON is asked for: a client that accepts anything gets the portable format. */
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
    public record Export(List<ContactView> contacts, List<ConnectionView> connections) {
    }
}
