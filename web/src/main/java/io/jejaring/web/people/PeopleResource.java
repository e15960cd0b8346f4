package io.jejaring.web.people;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;


import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.web.backend.Fetched;
import io.jejaring.web.backend.People;
import io.jejaring.web.backend.Person;
import io.jejaring.web.page.Pages;
import io.jejaring.web.page.ScriptJson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The People pages: search, a person's page, and adding, editing, deleting and merging people. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    static final String CONTACTS = People.PART;
    static final String INTERACTIONS = "interactions-service";
    static final String INSIGHTS = "insights-service";
    static final int PAGE_SIZE = 50;
    static final int TIMELINE_SIZE = 50;
    static final int CANDIDATES = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Search search, Fetched<Contact.Page> page, String problem);

        static native TemplateInstance person(PersonPage page);

        static native TemplateInstance form(PersonForm form, String personId, String personName,
                Map<String, String> errors, List<String> problems, Contact current, String unavailablePart);

        static native TemplateInstance confirmDelete(Contact contact);

        static native TemplateInstance merge(Contact contact, String q, List<Contact> candidates, String problem);

        static native TemplateInstance notFound();

        static native TemplateInstance unavailable(String part);
    }

    /** The list's search and filters, and the links that keep them. */
    public record Search(String q, String community, String tag, String tier) {

        public List<String> tiers() {
            return PersonForm.TIERS;
        }

        public String next(String cursor) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("q", q);
            query.put("community", community);
            query.put("tag", tag);
            query.put("tier", tier);
            query.put("cursor", cursor);
            StringBuilder link = new StringBuilder("/people");
            query.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    link.append(link.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            return link.toString();
        }

        static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    @Inject
    @RestClient
    ContactsClient contacts;

    @Inject
    @RestClient
    InteractionsClient interactions;

    @Inject
    @RestClient
    RelationshipClient insights;

    @Inject
    People people;

    @Inject
    Pages pages;

    @Inject
    ObjectMapper json;

    @Inject
    ScriptJson scriptJson;

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("community") String community,
            @QueryParam("tag") String tag, @QueryParam("tier") String tier, @QueryParam("cursor") String cursor) {
        Search search = new Search(q, community, tag, tier);
        try {
            Fetched<Contact.Page> page = Fetched.from(CONTACTS, () -> contacts.search(Search.blankToNull(q),
                    Search.blankToNull(community), Search.blankToNull(tag), Search.blankToNull(tier),
                    Search.blankToNull(cursor), PAGE_SIZE));
            return Response.ok(pages.render(Templates.list(search, page, null))).build();
        } catch (WebApplicationException refused) {
            Problem problem = Problem.of(refused, json);
            return Response.status(Response.Status.BAD_REQUEST).entity(pages.render(Templates.list(search,
                    new Fetched<>(new Contact.Page(List.of(), null), null), problem.detail()))).build();
        }
    }

    @GET
    @Path("new")
    public TemplateInstance newPerson() {
        return form(PersonForm.blank(), null, null, Map.of(), List.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PersonForm form) {
        if (!form.notWholeNumbers().isEmpty()) {
            return invalid(form, null, form.notWholeNumbers(), null);
        }
        try {
            Contact created = contacts.create(form.newContact());
            return Response.seeOther(URI.create("/people/" + created.id())).build();
        } catch (WebApplicationException | ProcessingException refused) {
            return refusedForm(form, null, refused);
        }
    }

    @GET
    @Path("{id}")
    public Response person(@PathParam("id") String id) {
        Fetched<Contact> contact;
        try {
            contact = Fetched.from(CONTACTS, () -> contacts.get(id).getEntity());
        } catch (WebApplicationException refused) {
            return failed(refused);
        }
        Fetched<RelationshipClient.Relationship> relationship = Fetched.from(INSIGHTS,
                () -> absentIfNotFound(() -> insights.relationship(id)));
        Fetched<StrengthSeries> strengthHistory = Fetched.from(INSIGHTS, () -> absentIfNotFound(() ->
                new StrengthSeries(insights.strengthHistory(id, StrengthSeries.DAYS).points())));
        String strengthJson = strengthHistory.isAvailable() && strengthHistory.value() != null
                ? scriptJson.of(strengthHistory.value().plotData()) : null;
        Fetched<List<InteractionsClient.Interaction>> timeline = Fetched.from(INTERACTIONS,
                () -> interactions.interactions(id, TIMELINE_SIZE).items());
        Fetched<List<InteractionsClient.Commitment>> promises = Fetched.from(INTERACTIONS,
                () -> interactions.commitments(id, PAGE_SIZE).items());
        Fetched<List<ContactsClient.Connection>> connections = Fetched.from(CONTACTS,
                () -> contacts.connections(id, ContactsClient.MAX_CONNECTIONS).items());
        Set<String> related = new LinkedHashSet<>();
        if (contact.isAvailable() && contact.value().introducedBy() != null) {
            related.add(contact.value().introducedBy());
        }
        if (connections.isAvailable()) {
            connections.value().forEach(connection -> related.add(connection.otherContactId()));
        }
        if (timeline.isAvailable()) {
            timeline.value().forEach(interaction -> related.addAll(interaction.contactIds()));
        }
        related.remove(id);
        Fetched<Map<String, Person>> names = related.isEmpty() ? new Fetched<>(Map.of(), null) : people.byIds(related);
        PersonPage page = new PersonPage(id, contact, relationship, strengthHistory, strengthJson, timeline, connections, promises, names);
        return Response.ok(pages.render(Templates.person(page))).build();
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@PathParam("id") String id) {
        try {
            RestResponse<Contact> read = contacts.get(id);
            Contact contact = read.getEntity();
            return Response.ok(form(PersonForm.of(contact, etagOf(read)), id, contact.displayName(), Map.of(),
                    List.of(), null, null)).build();
        } catch (WebApplicationException | ProcessingException refused) {
            return failed(refused);
        }
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @BeanParam PersonForm form) {
        if (!form.notWholeNumbers().isEmpty()) {
            return invalid(form, id, form.notWholeNumbers(), null);
        }
        try {
            contacts.update(id, ifMatch(form.etag), form.draft());
            return Response.seeOther(URI.create("/people/" + id)).build();
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == Response.Status.NOT_FOUND.getStatusCode()) {
                return notFound();
            }
            if (status == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                return conflict(id, form);
            }
            return refusedForm(form, id, refused);
        } catch (ProcessingException down) {
            return refusedForm(form, id, down);
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @RestForm String confirmed) {
        try {
            if (!"yes".equals(confirmed)) {
                return Response.ok(pages.render(Templates.confirmDelete(contacts.get(id).getEntity()))).build();
            }
            contacts.delete(id);
            return Response.seeOther(URI.create("/people")).build();
        } catch (WebApplicationException | ProcessingException refused) {
            return failed(refused);
        }
    }

    @GET
    @Path("{id}/merge")
    public Response mergeChoice(@PathParam("id") String id, @QueryParam("q") String q) {
        try {
            return mergePage(id, q, null, Response.Status.OK.getStatusCode());
        } catch (WebApplicationException | ProcessingException refused) {
            return failed(refused);
        }
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, @RestForm String duplicateId, @RestForm String q) {
        try {
            if (duplicateId == null || duplicateId.isBlank()) {
                return mergePage(id, q, "", Response.Status.BAD_REQUEST.getStatusCode());
            }
            try {
                contacts.merge(id, new ContactsClient.MergeRequest(duplicateId));
                return Response.seeOther(URI.create("/people/" + id)).build();
            } catch (WebApplicationException refused) {
                int status = refused.getResponse().getStatus();
                if (status == Response.Status.NOT_FOUND.getStatusCode() || status >= 500) {
                    throw refused;
                }
                Problem problem = Problem.of(refused, json);
                return mergePage(id, q, problem.detail() == null ? String.valueOf(status) : problem.detail(), status);
            }
        } catch (WebApplicationException | ProcessingException refused) {
            return failed(refused);
        }
    }

    /** The merge page: people like this one (by name unless searched for otherwise), this one left out. */
    private Response mergePage(String id, String q, String problem, int status) {
        Contact contact = contacts.get(id).getEntity();
        String wanted = q == null || q.isBlank() ? contact.displayName() : q.trim();
        List<Contact> candidates = contacts.search(wanted, null, null, null, null, CANDIDATES).items().stream()
                .filter(candidate -> !candidate.id().equals(id)).toList();
        return Response.status(status).entity(pages.render(Templates.merge(contact, wanted, candidates, problem)))
                .build();
    }

    /** Someone changed the person since the form was read: keep what was typed, show the current version. */
    private Response conflict(String id, PersonForm typed) {
        RestResponse<Contact> current;
        try {
            current = contacts.get(id);
        } catch (WebApplicationException | ProcessingException refused) {
            return failed(refused);
        }
        typed.etag = etagOf(current);
        return Response.status(Response.Status.CONFLICT).entity(form(typed, id, current.getEntity().displayName(),
                Map.of(), List.of(), current.getEntity(), null)).build();
    }

    /** A form post the service refused (its problem shown at the fields) or could not take (it is unavailable). */
    private Response refusedForm(PersonForm form, String id, RuntimeException refused) {
        if (refused instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            return invalid(form, id, List.of(), Problem.of(e, json));
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(form(form, id, form.displayName, Map.of(), List.of(), null, CONTACTS)).build();
    }

    /** The form again, as typed, with each error next to its field (those of no field above the form). */
    private Response invalid(PersonForm form, String id, List<String> notNumbers, Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        notNumbers.forEach(field -> errors.put(field, words().whole_number()));
        if (problem != null) {
            problem.errors().forEach(error -> {
                String field = PersonForm.formField(error.field());
                if (field != null) {
                    errors.merge(field, error.message(), (first, more) -> first + "; " + more);
                } else {
                    problems.add(error.field() + ": " + error.message());
                }
            });
            if (problem.errors().isEmpty() && problem.detail() != null) {
                problems.add(problem.detail());
            }
        }
        return Response.status(422).entity(form(form, id, form.displayName, errors, problems, null, null)).build();
    }

    /** This request's language's words, for the few that Java writes (a typed number that is not one). */
    private PeopleMessages words() {
        return "en".equals(pages.language()) ? MessageBundles.get(PeopleMessages.class)
                : MessageBundles.get(PeopleMessages.class, Localized.Literal.of(pages.language()));
    }

    private TemplateInstance form(PersonForm form, String id, String name, Map<String, String> errors,
            List<String> problems, Contact current, String unavailablePart) {
        return pages.render(Templates.form(form, id, name, errors, problems, current, unavailablePart));
    }

    /**
     * A page whose person could not be read: a 404 (unknown, or another owner's) is the not-found page, a service
     * that did not answer is named; anything else is a mistake of ours and is not hidden.
     */
    private Response failed(RuntimeException refused) {
        if (refused instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == Response.Status.NOT_FOUND.getStatusCode()) {
                return notFound();
            }
            if (status < 500) {
                throw e;
            }
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(pages.render(Templates.unavailable(CONTACTS))).build();
    }

    private Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).entity(pages.render(Templates.notFound())).build();
    }

    /** A 404 from a service that has not heard of the person yet is no data, not an error. */
    private static <T> T absentIfNotFound(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return null;
            }
            throw e;
        }
    }


    private static String etagOf(RestResponse<Contact> read) {
        String etag = read.getHeaderString("ETag");
        return etag != null ? etag : "\"" + read.getEntity().version() + "\"";
    }

    /**
     * The ETag the form was read with, as If-Match. Only a quoted version goes into a header; anything else (a
     * tampered field) is sent as a version that never matches, so the answer is the conflict page.
     */
    static String ifMatch(String etag) {
        return etag != null && etag.matches("(W/)?\"\\d{1,19}\"") ? etag : "\"0\"";
    }
}
