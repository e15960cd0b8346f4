package io.jejaring.local.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", description = "Adds a contact.",
        footer = "  ./jejaring add \"Ayu Lestari\" --email ayu@example.org --community \"Jakarta founders\" --tier close")
final class AddCommand implements Callable<Integer> {

    enum Tier { INNER, CLOSE, ACTIVE, ACQUAINTANCE }

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(paramLabel = "NAME", description = "their name, as you call them")
    String name;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "an email address (repeat for more)")
    List<String> emails = List.of();

    @Option(names = "--phone", paramLabel = "NUMBER", description = "a phone number (repeat for more)")
    List<String> phones = List.of();

    @Option(names = "--community", paramLabel = "NAME", description = "a community you place them in (repeat for more)")
    List<String> communities = List.of();

    @Option(names = "--organization", paramLabel = "NAME", description = "where they work")
    String organization;

    @Option(names = "--tier", paramLabel = "TIER", description = "inner, close, active or acquaintance")
    Tier tier;

    @Option(names = "--json", description = "print the contact as the service stored it")
    boolean json;

    @Override
    public Integer call() {
        Remote remote = target.connect(jejaring);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", name);
        body.put("emails", emails.stream().map(address -> Map.of("address", address)).toList());
        body.put("phones", phones.stream().map(number -> Map.of("number", number)).toList());
        body.put("communities", communities);
        body.put("organization", organization);
        body.put("tier", tier == null ? null : tier.name());
        JsonNode contact = remote.api.post(remote.at.contactsApi(), body);
        if (json) {
            Output.json(jejaring.out(), contact);
        } else {
            jejaring.out().printf("Added %s (id %s).%n", contact.path("displayName").asText(), contact.path("id").asText());
        }
        return Jejaring.OK;
    }
}
