package io.jejaring.web.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.jejaring.web.backend.Fetched;
import io.jejaring.web.page.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Import and export: upload a vCard or a Google or LinkedIn CSV and see what became of each entry; download
 * everything as vCard or JSON; erase everything behind a typed word.
 */
@Path("/transfer")
@Produces(MediaType.TEXT_HTML)
public class TransferResource {

    static final String CONTACTS = "contacts-service";
    static final String INTERACTIONS = "interactions-service";
    /** contacts-service's own limit on an imported file. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transfer(TransferPage view, String eraseWord);
    }

    @Inject
    @RestClient
    ContactsPortability contacts;

    @Inject
    @RestClient
    InteractionsPortability interactions;

    @Inject
    Pages pages;

    @GET
    public Response page(@QueryParam("erased") boolean erased) {
        TransferPage view = TransferPage.blank();
        return page(erased ? view.erased(TransferPage.EraseOutcome.DONE, null) : view, Response.Status.OK);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        TransferPage view = TransferPage.blank();
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            return page(view.importRefused(TransferPage.ImportRefusal.NO_FILE, null), Response.Status.BAD_REQUEST);
        }
        if (file.size() > MAX_FILE_BYTES) {
            return page(view.importRefused(TransferPage.ImportRefusal.TOO_LARGE, null),
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        ImportKind kind = ImportKind.detect(file.fileName(), head(file));
        if (!kind.isImportable()) {
            return page(view.importRefused(TransferPage.ImportRefusal.UNKNOWN_KIND, null),
                    Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        try {
            Fetched<ContactsPortability.ImportResult> result = Fetched.from(CONTACTS,
                    () -> kind == ImportKind.VCARD ? contacts.importVcard(file.uploadedFile())
                            : contacts.importCsv(file.uploadedFile()));
            if (!result.isAvailable()) {
                return page(view.importUnavailable(result.unavailablePart()), Response.Status.SERVICE_UNAVAILABLE);
            }
            return page(view.imported(ImportReport.of(file.fileName(), kind, result.value())), Response.Status.OK);
        } catch (WebApplicationException refused) {
            return page(view.importRefused(TransferPage.ImportRefusal.REJECTED, ServiceProblem.detail(refused)),
                    refused.getResponse().getStatus());
        }
    }

    /** The forms post to these; a reload or a language switch on their answer comes back to the page. */
    @GET
    @Path("{form: import|erase}")
    public Response backToThePage() {
        return Response.seeOther(URI.create("/transfer")).build();
    }

    /** The contacts as contacts-service writes them: vCard 4.0, streamed through. */
    @GET
    @Path("export.vcf")
    public Response exportVcard() {
        Fetched<InputStream> vcard = Fetched.from(CONTACTS, contacts::exportVcard);
        if (!vcard.isAvailable()) {
            return page(TransferPage.blank().exportUnavailable(vcard.unavailablePart()),
                    Response.Status.SERVICE_UNAVAILABLE);
        }
        return download("text/vcard; charset=utf-8", "jejaring-contacts-" + today() + ".vcf",
                output -> copy(vcard.value(), output));
    }

    /**
     * Everything the owner has, as one JSON document streamed through: contacts-service's export (contacts and
     * connections) under {@code contacts}, interactions-service's (interactions and promises) under
     * {@code interactions}, each exactly as that service's {@code POST /import} takes it back. Both are opened
     * before the first byte goes out, so a service that does not answer gives a page saying so, not half a file.
     */
    @GET
    @Path("export.json")
    public Response exportJson() {
        Fetched<InputStream> contactsExport = Fetched.from(CONTACTS, contacts::exportJson);
        if (!contactsExport.isAvailable()) {
            return page(TransferPage.blank().exportUnavailable(contactsExport.unavailablePart()),
                    Response.Status.SERVICE_UNAVAILABLE);
        }
        Fetched<InputStream> interactionsExport;
        try {
            interactionsExport = Fetched.from(INTERACTIONS, interactions::exportJson);
        } catch (RuntimeException e) {
            close(contactsExport.value());
            throw e;
        }
        if (!interactionsExport.isAvailable()) {
            close(contactsExport.value());
            return page(TransferPage.blank().exportUnavailable(interactionsExport.unavailablePart()),
                    Response.Status.SERVICE_UNAVAILABLE);
        }
        return download("application/json", "jejaring-" + today() + ".json", output -> {
            output.write("{\"contacts\":".getBytes(StandardCharsets.UTF_8));
            copy(contactsExport.value(), output);
            output.write(",\"interactions\":".getBytes(StandardCharsets.UTF_8));
            copy(interactionsExport.value(), output);
            output.write('}');
        });
    }

    /**
     * Erases everything when the owner typed the word the page asked for. contacts-service erases contacts and
     * connections at once and tells the other services through its events; there is no other call to make.
     */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@RestForm("confirmation") String confirmation) {
        TransferPage view = TransferPage.blank();
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(eraseWord())) {
            return page(view.erased(TransferPage.EraseOutcome.WRONG_WORD, null), Response.Status.BAD_REQUEST);
        }
        try {
            Fetched<Boolean> erased = Fetched.from(CONTACTS, () -> {
                contacts.eraseOwner(true);
                return true;
            });
            if (!erased.isAvailable()) {
                return page(view.eraseUnavailable(erased.unavailablePart()), Response.Status.SERVICE_UNAVAILABLE);
            }
        } catch (WebApplicationException refused) {
            return page(view.erased(TransferPage.EraseOutcome.REJECTED, ServiceProblem.detail(refused)),
                    refused.getResponse().getStatus());
        }
        return Response.seeOther(URI.create("/transfer?erased=true")).build();
    }

    /** The word the owner types to erase, in the page's language. */
    String eraseWord() {
        return MessageBundles.get(TransferMessages.class, Localized.Literal.of(pages.language())).erase_word();
    }

    private Response page(TransferPage view, Response.Status status) {
        return page(view, status.getStatusCode());
    }

    private Response page(TransferPage view, int status) {
        return Response.status(status).entity(pages.render(Templates.transfer(view, eraseWord()))).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private String today() {
        return LocalDate.now(pages.zone()).toString();
    }

    private static Response download(String type, String fileName, StreamingOutput body) {
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static void copy(InputStream from, OutputStream to) throws IOException {
        try (InputStream in = from) {
            in.transferTo(to);
        }
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the export is abandoned anyway
        }
    }

    /** The start of the file, enough to tell a vCard from Google's or LinkedIn's CSV. */
    private static String head(FileUpload file) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return new String(in.readNBytes(ImportKind.HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
