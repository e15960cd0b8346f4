package io.jejaring.web.today;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.jejaring.web.backend.Fetched;
import io.jejaring.web.backend.NamedRows;
import io.jejaring.web.backend.Parallel;
import io.jejaring.web.backend.People;
import io.jejaring.web.backend.Person;
import io.jejaring.web.backend.ServiceProblem;
import io.jejaring.web.page.Pages;
import io.jejaring.web.backend.CommitmentsClient;
import io.jejaring.web.backend.CommitmentsClient.Commitment;
import io.jejaring.web.today.InsightsClient.Overdue;
import io.jejaring.web.today.InsightsClient.Suggestion;
import io.jejaring.web.today.InteractionsClient.InteractionDraft;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The first page: who is overdue, whom to reach out to and why, and the promises due this week; each person with
 * one-click buttons that log an interaction. The overdue and suggestion sections refresh themselves when /live
 * says an insight changed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TodayResource {

    static final String INSIGHTS = "insights-service";
    static final String INTERACTIONS = "interactions-service";
    static final int OVERDUE_SHOWN = 50;
    static final int SUGGESTIONS_SHOWN = 5;
    static final Set<String> CHANNELS = Set.of("IN_PERSON", "PHONE", "MESSAGE", "EMAIL", "VIDEO");
    static final Set<String> EXCHANGES = Set.of("GAVE", "RECEIVED");
    /** The channel of an "I helped" or "they helped" click when the owner did not pick one. */
    static final String DEFAULT_HELP_CHANNEL = "MESSAGE";
    static final String FROM_SUGGESTIONS = "suggestions";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(OverdueSection overdue, SuggestionsSection suggestions,
                PromisesDue promisesDue, String problem);

        static native TemplateInstance today$overdue(OverdueSection overdue);

        static native TemplateInstance today$suggestions(SuggestionsSection suggestions);

        static native TemplateInstance logged(Logged logged);

        static native TemplateInstance today$problem(String problem);
    }

    public record OverdueRow(Overdue overdue, Person person, String layer) {

        public String name() {
            return nameOf(person);
        }
    }

    public record OverdueSection(Fetched<List<OverdueRow>> rows, String namesUnavailable) {
    }

    public record SuggestionRow(Suggestion suggestion, Person person, String layer, List<String> reasons) {

        public String name() {
            return nameOf(person);
        }
    }

    public record SuggestionsSection(Fetched<List<SuggestionRow>> rows, String namesUnavailable) {
    }

    public record DuePromise(Commitment commitment, Person person) {
    }

    public record PromisesDue(Fetched<List<DuePromise>> rows, String namesUnavailable) {
    }

    /** The row of a person just logged: what was logged, across the {@code columns} after the name. */
    public record Logged(Person person, String message, int columns) {
    }

    /** A person's name for a button's label, or an ellipsis when contacts-service did not answer. */
    static String nameOf(Person person) {
        return person == null ? "…" : person.displayName();
    }

    @Inject
    @RestClient
    InsightsClient insights;

    @Inject
    @RestClient
    InteractionsClient interactions;

    @Inject
    @RestClient
    CommitmentsClient commitments;

    @Inject
    People people;

    @Inject
    Parallel parallel;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance today() {
        return page(null);
    }

    /** The overdue section alone, for the page to refresh it when an insight event says so. */
    @GET
    @Path("today/overdue")
    public TemplateInstance overdueSection() {
        Fetched<List<Overdue>> overdue = fetchOverdue();
        return pages.render(Templates.today$overdue(overdue(overdue, people.byIds(idsOf(overdue, Overdue::contactId)))));
    }

    @GET
    @Path("today/suggestions")
    public TemplateInstance suggestionsSection() {
        Fetched<List<Suggestion>> suggestions = fetchSuggestions();
        return pages.render(Templates.today$suggestions(
                suggestions(suggestions, people.byIds(idsOf(suggestions, Suggestion::contactId)))));
    }

    /**
     * A one-click log: a channel button logs that kind of contact; "I helped" / "they helped" log help given or
     * received, by the channel chosen next to them. Answers the row (htmx) or goes back to the page.
     */
    @POST
    @Path("today/log")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@RestForm String contactId, @RestForm String channel, @RestForm String exchange,
            @RestForm String via, @RestForm String from, @HeaderParam("HX-Request") String htmx) {
        if (!isUuid(contactId) || (channel == null && exchange == null)
                || (channel != null && !CHANNELS.contains(channel))
                || (exchange != null && !EXCHANGES.contains(exchange))) {
            return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json")
                    .entity("{\"title\":\"Bad Request\",\"status\":400,"
                            + "\"detail\":\"a log needs a contact, and a channel or an exchange it knows\"}")
                    .build();
        }
        String loggedChannel = channel != null ? channel : CHANNELS.contains(via) ? via : DEFAULT_HELP_CHANNEL;
        InteractionDraft draft = new InteractionDraft(List.of(contactId), loggedChannel, "ME", exchange,
                Instant.now().toString());
        TodayMessages words = words();
        try {
            interactions.log(draft);
        } catch (WebApplicationException | ProcessingException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            String message = problem.unavailable() ? words.log_unavailable()
                    : words.log_refused(problem.detail() == null ? String.valueOf(problem.status()) : problem.detail());
            if (htmx == null) {
                return Response.status(problem.status()).entity(page(message)).build();
            }
            // The row keeps its buttons; the message goes to the page's status area.
            return Response.ok(pages.render(Templates.today$problem(message)))
                    .header("HX-Retarget", "#today-problem").header("HX-Reswap", "innerHTML").build();
        }
        if (htmx == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        Fetched<Map<String, Person>> names = people.byIds(List.of(contactId));
        Person person = names.isAvailable() ? names.value().get(contactId) : null;
        String name = nameOf(person);
        String message = exchange == null ? words.logged_channel(channelWord(loggedChannel, words), name)
                : "GAVE".equals(exchange) ? words.logged_gave(name) : words.logged_received(name);
        int columns = FROM_SUGGESTIONS.equals(from) ? 3 : 4;
        return Response.ok(pages.render(Templates.logged(new Logged(person, message, columns)))).build();
    }

    /** The whole page: its three lists asked for side by side, then everyone on them named in one call. */
    private TemplateInstance page(String problem) {
        Supplier<Fetched<List<Overdue>>> overdueCall = parallel.start(INSIGHTS,
                () -> insights.overdue(OVERDUE_SHOWN).items());
        Supplier<Fetched<List<Suggestion>>> suggestionsCall = parallel.start(INSIGHTS,
                () -> insights.suggestions(SUGGESTIONS_SHOWN).items());
        LocalDate today = LocalDate.now(pages.zone());
        Fetched<List<Commitment>> due = Fetched.from(INTERACTIONS, () -> dueThisWeek(
                commitments.list(CommitmentsClient.OPEN, CommitmentsClient.MAX_PAGE, null).items(), today));
        Fetched<List<Overdue>> overdue = overdueCall.get();
        Fetched<List<Suggestion>> suggestions = suggestionsCall.get();
        List<String> ids = new ArrayList<>(idsOf(overdue, Overdue::contactId));
        ids.addAll(idsOf(suggestions, Suggestion::contactId));
        ids.addAll(idsOf(due, Commitment::contactId));
        Fetched<Map<String, Person>> names = people.byIds(ids);
        return pages.render(Templates.today(overdue(overdue, names), suggestions(suggestions, names),
                new PromisesDue(NamedRows.join(due, Commitment::contactId, names, DuePromise::new),
                        names.unavailablePart()),
                problem));
    }

    /** Open promises due by the end of the coming seven days, late ones included; the list is soonest due first. */
    static List<Commitment> dueThisWeek(List<Commitment> open, LocalDate today) {
        LocalDate last = today.plusDays(6);
        return open.stream().filter(c -> c.dueOn() != null && !c.dueOn().isAfter(last)).toList();
    }

    private Fetched<List<Overdue>> fetchOverdue() {
        return Fetched.from(INSIGHTS, () -> insights.overdue(OVERDUE_SHOWN).items());
    }

    private Fetched<List<Suggestion>> fetchSuggestions() {
        return Fetched.from(INSIGHTS, () -> insights.suggestions(SUGGESTIONS_SHOWN).items());
    }

    private OverdueSection overdue(Fetched<List<Overdue>> overdue, Fetched<Map<String, Person>> names) {
        TodayMessages words = words();
        return new OverdueSection(NamedRows.join(overdue, Overdue::contactId, names,
                (row, person) -> new OverdueRow(row, person, layerWords(row.layer(), words))), names.unavailablePart());
    }

    private SuggestionsSection suggestions(Fetched<List<Suggestion>> suggestions, Fetched<Map<String, Person>> names) {
        TodayMessages words = words();
        return new SuggestionsSection(NamedRows.join(suggestions, Suggestion::contactId, names,
                (row, person) -> new SuggestionRow(row, person, layerWords(row.layer(), words),
                        row.reasons() == null ? List.of()
                                : row.reasons().stream().map(reason -> Reasons.inWords(reason, words)).toList())),
                names.unavailablePart());
    }

    private static <T> List<String> idsOf(Fetched<List<T>> fetched, java.util.function.Function<T, String> id) {
        return fetched.isAvailable() ? fetched.value().stream().map(id).toList() : List.of();
    }

    private TodayMessages words() {
        return MessageBundles.get(TodayMessages.class, Localized.Literal.of(pages.locale().toLanguageTag()));
    }

    static String layerWords(int layer, TodayMessages words) {
        return switch (layer) {
            case 1 -> words.layer_1();
            case 2 -> words.layer_2();
            case 3 -> words.layer_3();
            case 4 -> words.layer_4();
            default -> words.layer_5();
        };
    }

    static String channelWord(String channel, TodayMessages words) {
        return switch (channel) {
            case "IN_PERSON" -> words.channel_IN_PERSON();
            case "PHONE" -> words.channel_PHONE();
            case "EMAIL" -> words.channel_EMAIL();
            case "VIDEO" -> words.channel_VIDEO();
            default -> words.channel_MESSAGE();
        };
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
