package io.jejaring.local.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.DemoReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "overdue", description = "Lists the people you are overdue to be in touch with, oldest due date first.",
        footer = {"  ./jejaring overdue --limit 50", "  ./jejaring overdue --json | jq -r '.items[].displayName'"})
final class OverdueCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Mixin
    Listing listing;

    @Override
    public Integer call() {
        int limit = listing.limit();
        Remote remote = target.connect(jejaring);
        JsonNode page = remote.api.get(remote.at.insightsApi() + "/overdue?limit=" + limit);
        Map<String, String> names = remote.namesIn(page);
        if (listing.json) {
            Output.json(jejaring.out(), Remote.withNames(page, names));
        } else {
            long overdue = remote.api.get(remote.at.insightsApi() + "/reach").path("overdueCount").asLong();
            jejaring.out().print(new DemoReport(names).overdue(page, overdue, limit));
        }
        return Jejaring.OK;
    }
}
