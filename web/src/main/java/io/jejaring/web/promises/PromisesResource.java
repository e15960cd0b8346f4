package io.jejaring.web.promises;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.jejaring.web.backend.CommitmentsClient;
import io.jejaring.web.backend.Fetched;
import io.jejaring.web.backend.NamedRows;
import io.jejaring.web.backend.People;
import io.jejaring.web.backend.Person;
import io.jejaring.web.backend.ServiceProblem;
import io.jejaring.web.page.Pages;
import io.jejaring.web.backend.CommitmentsClient.Commitment;
import io.jejaring.web.backend.CommitmentsClient.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The open promises in both directions, each resolved in one click to kept, broken or cancelled. */
@Path("/promises")
@Produces(MediaType.TEXT_HTML)
public class PromisesResource {

    static final String INTERACTIONS = "interactions-service";
    static final int SHOWN = 50;
    static final Set<String> RESOLUTIONS = Set.of("KEPT", "BROKEN", "CANCELLED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance promises(Fetched<List<PromiseRow>> rows, String namesUnavailable, String next,
                String problem);

        static native TemplateInstance resolved(PromiseRow row, String outcome);

        static native TemplateInstance promises$problem(String problem);
    }

    /** One promise with the person's name (no person when contacts-service did not answer). */
    public record PromiseRow(Commitment commitment, Person person, boolean late) {

        public String name() {
            return person == null ? "…" : person.displayName();
        }
    }

    @Inject
    @RestClient
    CommitmentsClient commitments;

    @Inject
    People people;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance promises(@QueryParam("cursor") String cursor) {
        return page(cursor, null);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") String id, @RestForm String status, @RestForm Long version,
            @HeaderParam("HX-Request") String htmx) {
        if (!isUuid(id) || !RESOLUTIONS.contains(status) || version == null || version < 1) {
            return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json")
                    .entity("{\"title\":\"Bad Request\",\"status\":400,"
                            + "\"detail\":\"a resolution needs a promise, KEPT, BROKEN or CANCELLED, and its version\"}")
                    .build();
        }
        PromisesMessages words = words();
        Commitment resolved;
        try {
            // If-Match: only the version the owner saw, so a promise changed meanwhile is not resolved blindly.
            resolved = commitments.resolve(id, "\"" + version + "\"", new CommitmentsClient.Resolution(status));
        } catch (WebApplicationException | ProcessingException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            String message = problem.unavailable() ? words.unavailable_now()
                    : words.refused(problem.detail() == null ? String.valueOf(problem.status()) : problem.detail());
            if (htmx == null) {
                return Response.status(problem.status()).entity(page(null, message)).build();
            }
            return Response.ok(pages.render(Templates.promises$problem(message)))
                    .header("HX-Retarget", "#promises-problem").header("HX-Reswap", "innerHTML").build();
        }
        if (htmx == null) {
            return Response.seeOther(URI.create("/promises")).build();
        }
        Fetched<Map<String, Person>> names = people.byIds(List.of(resolved.contactId()));
        Person person = names.isAvailable() ? names.value().get(resolved.contactId()) : null;
        String outcome = switch (status) {
            case "KEPT" -> words.resolved_KEPT();
            case "BROKEN" -> words.resolved_BROKEN();
            default -> words.resolved_CANCELLED();
        };
        return Response.ok(pages.render(Templates.resolved(new PromiseRow(resolved, person, false), outcome)))
                .build();
    }

    private TemplateInstance page(String cursor, String problem) {
        Fetched<Page> open = Fetched.from(INTERACTIONS, () -> commitments.list(CommitmentsClient.OPEN, SHOWN, cursor));
        Fetched<List<Commitment>> items = open.map(Page::items);
        Fetched<Map<String, Person>> names = people.byIds(
                items.isAvailable() ? items.value().stream().map(Commitment::contactId).toList() : List.of());
        LocalDate today = LocalDate.now(pages.zone());
        String next = open.isAvailable() && open.value().nextCursor() != null
                ? URLEncoder.encode(open.value().nextCursor(), StandardCharsets.UTF_8)
                : null;
        return pages.render(Templates.promises(NamedRows.join(items, Commitment::contactId, names,
                (commitment, person) -> new PromiseRow(commitment, person,
                        commitment.dueOn() != null && commitment.dueOn().isBefore(today))),
                names.unavailablePart(), next, problem));
    }

    private PromisesMessages words() {
        return MessageBundles.get(PromisesMessages.class, Localized.Literal.of(pages.locale().toLanguageTag()));
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
