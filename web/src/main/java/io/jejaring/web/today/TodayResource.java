package io.jejaring.web.today;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.jejaring.web.backend.Fetched;
import io.jejaring.web.backend.People;
import io.jejaring.web.backend.Person;
import io.jejaring.web.page.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The first page: who to reach out to now. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TodayResource {

    static final String INSIGHTS = "insights-service";
    static final int SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(Fetched<List<OverdueRow>> overdue, String namesUnavailable);
    }

    /** One overdue relationship, with the person's name (null when contacts-service is unavailable). */
    public record OverdueRow(OverdueClient.Overdue overdue, Person person) {
    }

    @Inject
    @RestClient
    OverdueClient insights;

    @Inject
    People people;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance today() {
        Fetched<List<OverdueClient.Overdue>> overdue = Fetched.from(INSIGHTS, () -> insights.overdue(SHOWN).items());
        Fetched<Map<String, Person>> names = overdue.isAvailable()
                ? people.byIds(overdue.value().stream().map(OverdueClient.Overdue::contactId).toList())
                : Fetched.unavailable(People.PART);
        return pages.render(Templates.today(overdue.map(rows -> rows.stream()
                .filter(row -> !names.isAvailable() || names.value().containsKey(row.contactId()))
                .map(row -> new OverdueRow(row, names.isAvailable() ? names.value().get(row.contactId()) : null))
                .toList()), names.unavailablePart()));
    }
}
