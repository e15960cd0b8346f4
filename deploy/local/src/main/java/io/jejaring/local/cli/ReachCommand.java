package io.jejaring.local.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.DemoReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "reach", description = "Shows your network's reach: how many, how active, how diverse, how reciprocal.",
        footer = "  ./jejaring reach --json")
final class ReachCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Option(names = "--json", description = "print the service's JSON instead")
    boolean json;

    @Override
    public Integer call() {
        Remote remote = target.connect(jejaring);
        JsonNode reach = remote.api.get(remote.at.insightsApi() + "/reach");
        if (json) {
            Output.json(jejaring.out(), reach);
        } else {
            jejaring.out().print(new DemoReport(Map.of()).reach(reach));
        }
        return Jejaring.OK;
    }
}
