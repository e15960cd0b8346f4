package io.jejaring.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.Table.Column;

/**
 * What the demo and the command line print, from the services' answers: tables cut with "and N more", figures rounded for people, and
 * a line on what each figure means. Insights name contacts by id only; {@code names} turns the ids into people.
 */
public final class DemoReport {

    static final int OVERDUE_ROWS = 10;
    static final int SUGGESTION_ROWS = 8;
    static final int FLAG_ROWS = 10;
    static final List<String> SINCERITY_FLAGS = List.of("ONE_SIDED", "YOU_OWE");

    private final Map<String, String> names;

    public DemoReport(Map<String, String> names) {
        this.names = names;
    }

    /** Why nothing was seeded: the owner has contacts already, and seeding again would mix two networks. */
    static String alreadySeeded(String owner, int contacts, boolean more) {
        return String.format("%nNot seeding the demo network: owner '%s' already has %s%d contact%s. Showing what is there."
                        + "%nTo see the demo network from scratch, run ./jejaring up --fresh --demo (this erases the local data).%n",
                owner, more ? "at least " : "", contacts, contacts == 1 && !more ? "" : "s");
    }

    /** {@code page} is a page of {@code GET /overdue}; {@code overdueCount} how many are overdue in all. */
    String overdue(JsonNode page, long overdueCount) {
        return overdue(page, overdueCount, OVERDUE_ROWS);
    }

    /** As {@link #overdue(JsonNode, long)}, showing up to {@code rows} of them. */
    public String overdue(JsonNode page, long overdueCount, int rows) {
        Table table = new Table("Overdue (oldest due date first):", rows, Column.text("contact"),
                Column.number("days overdue"), Column.number("cadence"), Column.number("layer"));
        page.path("items").forEach(item -> table.add(name(item), item.path("daysOverdue").asText(),
                item.path("cadenceDays").asText() + "d", item.path("layer").asText()));
        return table.total(overdueCount).render();
    }

    /** {@code page} is {@code GET /suggestions}, asked for more than are shown so that the rest can be counted. */
    String suggestions(JsonNode page) {
        return suggestions(page, SUGGESTION_ROWS);
    }

    /** As {@link #suggestions(JsonNode)}, showing up to {@code rows} of them. */
    public String suggestions(JsonNode page, int rows) {
        Table table = new Table("This week, reach out to:", rows, Column.text("contact"),
                Column.number("priority"), Column.text("why"));
        page.path("items").forEach(item -> {
            List<String> reasons = new ArrayList<>();
            item.path("reasons").forEach(reason -> reasons.add(reason.path("text").asText()));
            table.add(name(item), Rounded.decimal(number(item.path("priority")), 1), String.join("; ", reasons));
        });
        return table.render();
    }

    /** {@code relationships} are {@code GET /contacts/{id}} answers; those with a sincerity flag are listed. */
    String sincerityFlags(List<JsonNode> relationships) {
        Table table = new Table("Sincerity flags (rule 1), over the last 365 days:", FLAG_ROWS, Column.text("contact"),
                Column.text("flag"), Column.number("you gave"), Column.number("you received"),
                Column.number("they reached out"), Column.number("you reached out"));
        for (JsonNode relationship : relationships) {
            JsonNode balances = relationship.path("balances");
            relationship.path("flags").forEach(flag -> {
                if (SINCERITY_FLAGS.contains(flag.asText())) {
                    table.add(name(relationship), flag.asText(), balances.path("gave").asText(),
                            balances.path("received").asText(), balances.path("them").asText(),
                            balances.path("me").asText());
                }
            });
        }
        return table.render()
                + "  ONE_SIDED: they reach out and take help, and never give any back.\n"
                + "  YOU_OWE: they helped you 3 times or more, and you have not returned it yet.\n";
    }

    /** {@code reach} is {@code GET /reach}. */
    public String reach(JsonNode reach) {
        JsonNode breadth = reach.path("breadth");
        JsonNode diversity = reach.path("diversity");
        JsonNode reciprocity = reach.path("reciprocity");
        JsonNode generosity = reach.path("generosity");
        List<String> layers = new ArrayList<>();
        reach.path("layers").fields().forEachRemaining(layer -> layers.add(layer.getKey() + ": " + layer.getValue().asText()));
        return String.format("Reach: %d contacts, %d active (an interaction in the last 90 days), %d overdue.%n",
                reach.path("totalContacts").asLong(), reach.path("activeContacts").asInt(), reach.path("overdueCount").asLong())
                + String.format("  secondDegreeReach %d: the active contacts and everyone joined to one of them by a "
                        + "connection or an introduction (two steps away).%n",
                        reach.path("secondDegreeReach").asInt())
                + String.format("  layers (closest first): %s%n", String.join(", ", layers))
                + String.format("  among the active: %d communities, %d cultures, %d age bands; diversity (0: all alike, "
                        + "1: evenly spread) community %s, culture %s, age band %s%n",
                        breadth.path("communities").asInt(), breadth.path("cultures").asInt(), breadth.path("ageBands").asInt(),
                        Rounded.decimal(number(diversity.path("community")), 2),
                        Rounded.decimal(number(diversity.path("culture")), 2),
                        Rounded.decimal(number(diversity.path("ageBand")), 2))
                + String.format("  who reached out: you %d times, they %d (balance %s); help given %d, received %d "
                        + "(balance %s)%n",
                        reciprocity.path("me").asInt(), reciprocity.path("them").asInt(),
                        Rounded.signed(number(reciprocity.path("initiationBalance"))),
                        generosity.path("gave").asInt(), generosity.path("received").asInt(),
                        Rounded.signed(number(generosity.path("balance"))));
    }

    /**
     * {@code integrity} is {@code GET /reach}'s; {@code open} a page of the open commitments, of which those due
     * before {@code today} count against the kept rate.
     */
    public String promises(JsonNode integrity, JsonNode open, LocalDate today) {
        Map<String, Integer> pastDue = new HashMap<>();
        open.path("items").forEach(commitment -> {
            if (LocalDate.parse(commitment.path("dueOn").asText()).isBefore(today)) {
                pastDue.merge(commitment.path("direction").asText(), 1, Integer::sum);
            }
        });
        return "Promises (rule 4), a promise still open past its due date counts as not kept:\n"
                + String.format("  yours:  %d kept, %d broken, %d open past due: %s kept%n", integrity.path("kept").asInt(),
                        integrity.path("broken").asInt(), pastDue.getOrDefault("I_PROMISED", 0),
                        Rounded.percent(number(integrity.path("keptRate"))))
                + String.format("  theirs: %d kept, %d broken, %d open past due: %s kept%n",
                        integrity.path("theirKept").asInt(), integrity.path("theirBroken").asInt(),
                        pastDue.getOrDefault("THEY_PROMISED", 0), Rounded.percent(number(integrity.path("theirKeptRate"))));
    }

    private String name(JsonNode item) {
        String id = item.path("contactId").asText();
        return names.getOrDefault(id, id);
    }

    private static Double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : null;
    }
}
