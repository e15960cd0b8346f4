package io.jejaring.local.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.Table;
import io.jejaring.local.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "promises", description = "Lists promises, yours and theirs: the open ones by default.",
        footer = {"  ./jejaring promises", "  ./jejaring promises --status kept --json"})
final class PromisesCommand implements Callable<Integer> {

    enum Status { OPEN, KEPT, BROKEN, CANCELLED, ALL }

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Mixin
    Listing listing;

    @Option(names = "--status", paramLabel = "STATUS", description = "open (the default), kept, broken, cancelled or all")
    Status status = Status.OPEN;

    @Override
    public Integer call() {
        int limit = listing.limit();
        Remote remote = target.connect(jejaring);
        JsonNode page = remote.api.get(remote.at.commitmentsApi() + "?limit=" + limit
                + (status == Status.ALL ? "" : "&status=" + status));
        Map<String, String> names = remote.namesIn(page);
        if (listing.json) {
            Output.json(jejaring.out(), Remote.withNames(page, names));
        } else {
            jejaring.out().print(table(page, names, LocalDate.now(), limit, status));
        }
        return Jejaring.OK;
    }

    /** The promises of {@code page}, an open one past its due date marked late, with the id to resolve it by. */
    static String table(JsonNode page, Map<String, String> names, LocalDate today, int limit, Status status) {
        Table table = new Table("Promises (" + status.name().toLowerCase(Locale.ROOT) + "):", limit, Column.text("due"),
                Column.text("contact"), Column.text("by"), Column.text("promise"), Column.text("status"), Column.text("id"));
        page.path("items").forEach(promise -> {
            String due = promise.path("dueOn").asText();
            boolean late = promise.path("status").asText().equals("OPEN") && LocalDate.parse(due).isBefore(today);
            String contact = promise.path("contactId").asText();
            table.add(due, names.getOrDefault(contact, contact),
                    promise.path("direction").asText().equals("I_PROMISED") ? "you" : "they",
                    promise.path("description").asText(),
                    late ? "late" : promise.path("status").asText().toLowerCase(Locale.ROOT), promise.path("id").asText());
        });
        boolean more = page.hasNonNull("nextCursor");
        return table.render() + (more ? "  ... and more (--limit shows up to 200)\n" : "");
    }
}
