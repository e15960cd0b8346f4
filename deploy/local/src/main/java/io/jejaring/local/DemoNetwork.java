package io.jejaring.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./jejaring up --demo}: seeds the {@link DemoPlan} (150 people across communities, cultures and ages, a year
 * of interactions, promises kept, broken and open, a few one-sided relationships and a few debts of help), then
 * prints what Jejaring makes of it. An owner who already has contacts is not seeded again: it says so, and shows
 * what is there.
 */
final class DemoNetwork {

    private static final long SEED = 2026;
    private static final int PAGE = 200;
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(60);

    private final JsonApi api;
    private final Endpoints at;
    private final String owner;
    private final PrintStream out;
    private final Map<String, String> names = new LinkedHashMap<>();

    DemoNetwork(JsonApi api, Endpoints at, String owner, PrintStream out) {
        this.api = api;
        this.at = at;
        this.owner = owner;
        this.out = out;
    }

    void seedAndShow() {
        JsonNode existing = api.get(contacts() + "?limit=" + PAGE);
        existing.path("items").forEach(contact -> names.put(contact.path("id").asText(), contact.path("displayName").asText()));
        if (names.isEmpty()) {
            DemoPlan plan = DemoPlan.draw(new Random(SEED), Instant.now());
            out.printf("Seeding the demo network (%d people, %d interactions over a year, %d promises)...%n",
                    plan.people().size(), plan.interactions().size(), plan.promises().size());
            awaitProjected(plan.people().size(), seed(plan));
        } else {
            out.print(DemoReport.alreadySeeded(owner, names.size(), !existing.path("nextCursor").isNull()));
        }
        show();
    }

    /** Sends the plan, and answers how many promises it resolved as kept or broken. */
    private int seed(DemoPlan plan) {
        List<String> ids = new ArrayList<>();
        for (DemoPlan.Contact contact : plan.people()) {
            ids.add(create(contact, ids));
        }
        for (DemoPlan.Connection connection : plan.connections()) {
            api.post(contacts() + "/" + ids.get(connection.one()) + "/connections",
                    Map.of("otherContactId", ids.get(connection.other()), "kind", connection.kind()));
        }
        for (DemoPlan.Interaction interaction : plan.interactions()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("contactIds", List.of(ids.get(interaction.contact())));
            body.put("channel", interaction.channel());
            if ("SOCIAL".equals(interaction.channel())) {
                body.put("socialNetwork", "LINKEDIN");
            }
            body.put("initiatedBy", interaction.initiatedBy());
            body.put("exchange", interaction.exchange());
            body.put("occurredAt", interaction.occurredAt().toString());
            api.post(at.interactionsApi(), body);
        }
        int keptOrBroken = 0;
        for (DemoPlan.Promise promise : plan.promises()) {
            String id = api.post(commitments(), Map.of("contactId", ids.get(promise.contact()), "direction",
                    promise.direction(), "description", promise.description(), "dueOn", promise.dueOn().toString()))
                    .path("id").asText();
            if (!promise.outcome().equals("OPEN")) {
                api.patch(commitments() + "/" + id, Map.of("status", promise.outcome()));
                keptOrBroken += promise.outcome().equals("CANCELLED") ? 0 : 1;
            }
        }
        return keptOrBroken;
    }

    private String create(DemoPlan.Contact contact, List<String> earlier) {
        DemoPeople.Person person = contact.person();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", person.displayName());
        body.put("givenName", person.givenName());
        body.put("familyName", person.familyName());
        body.put("organization", contact.organization());
        body.put("communities", contact.communities());
        body.put("culture", person.culture());
        body.put("location", person.location());
        body.put("birthYear", contact.birthYear());
        body.put("tier", contact.tier());
        body.put("sincerity", contact.sincerity());
        if (contact.introducedBy() >= 0) {
            body.put("introducedBy", earlier.get(contact.introducedBy()));
        }
        String id = api.post(contacts(), body).path("id").asText();
        names.put(id, person.displayName());
        return id;
    }

    /**
     * Waits until insights-service has projected every contact and every resolved promise. The promises are the
     * last events sent, on the same ordered per-owner stream as the interactions, so the interactions are in too.
     */
    private void awaitProjected(int contacts, int keptOrBroken) {
        long deadline = System.nanoTime() + PROJECTION_WAIT.toNanos();
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            JsonNode reach = reach();
            JsonNode integrity = reach.path("integrity");
            int resolved = integrity.path("kept").asInt() + integrity.path("broken").asInt()
                    + integrity.path("theirKept").asInt() + integrity.path("theirBroken").asInt();
            if (reach.path("totalContacts").asInt() >= contacts && resolved >= keptOrBroken) {
                return;
            }
            pause();
        }
        out.println("(insights-service is still catching up: the figures below may be incomplete)");
    }

    private void show() {
        DemoReport report = new DemoReport(names);
        JsonNode reach = reach();
        List<JsonNode> relationships = new ArrayList<>();
        names.keySet().forEach(id -> relationship(id).ifPresent(relationships::add));
        out.print("\n" + report.overdue(api.get(insights() + "/overdue?limit=" + DemoReport.OVERDUE_ROWS),
                        reach.path("overdueCount").asLong())
                + "\n" + report.suggestions(api.get(insights() + "/suggestions?limit=" + PAGE))
                + "\n" + report.sincerityFlags(relationships)
                + "\n" + report.promises(reach.path("integrity"), api.get(commitments() + "?status=OPEN&limit=" + PAGE),
                        LocalDate.now(ZoneOffset.UTC))
                + "\n" + report.reach(reach));
    }

    /** One relationship's insight; none while insights-service has not seen the contact yet. */
    private Optional<JsonNode> relationship(String contactId) {
        try {
            return Optional.of(api.get(insights() + "/contacts/" + contactId));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty(); // not projected yet
            }
            throw e;
        }
    }

    private JsonNode reach() {
        return api.get(insights() + "/reach");
    }

    private String contacts() {
        return at.contactsApi();
    }

    private String commitments() {
        return at.commitmentsApi();
    }

    private String insights() {
        return at.insightsApi();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
