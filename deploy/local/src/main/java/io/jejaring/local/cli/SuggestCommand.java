package io.jejaring.local.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.DemoReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "suggest", description = "Suggests who to reach out to this week, with the reasons.",
        footer = "  ./jejaring suggest --limit 5")
final class SuggestCommand implements Callable<Integer> {

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
        JsonNode page = remote.api.get(remote.at.insightsApi() + "/suggestions?limit=" + limit);
        var names = remote.namesIn(page);
        if (listing.json) {
            Output.json(jejaring.out(), Remote.withNames(page, names));
        } else {
            jejaring.out().print(new DemoReport(names).suggestions(page, limit));
        }
        return Jejaring.OK;
    }
}
