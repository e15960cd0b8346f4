package io.jejaring.local.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.local.ApiException;
import io.jejaring.local.JsonApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", description = {"Restores a file ./jejaring backup wrote: contacts and connections first, "
        + "then interactions and promises, to the new contacts.", "Into an owner who has data already, it adds to it."},
        footer = "  JEJARING_URL=https://jejaring.example.org JEJARING_TOKEN=... ./jejaring restore jejaring-backup.json")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(paramLabel = "FILE", description = "a file ./jejaring backup wrote")
    Path file;

    @Override
    public Integer call() {
        JsonNode backup = Restore.read(file);
        Remote remote = target.connect(jejaring);
        JsonNode contacts = remote.api.restore(remote.at.contactsApi() + "/import", backup.path("contacts"));
        ObjectNode interactions = ((ObjectNode) backup.path("interactions")).deepCopy();
        interactions.set("contactIds", contacts.path("contactIds"));
        JsonNode restored;
        try {
            restored = remote.api.restore(remote.at.interactionsApi() + "/import", interactions);
        } catch (ApiException e) {
            throw new ApiException(e.status(), e.getMessage() + "\nThe contacts and connections were restored, the "
                    + "interactions and promises were not.");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("contacts", contacts.path("contacts").asInt());
        counts.put("connections", contacts.path("connections").asInt());
        counts.put("interactions", restored.path("interactions").asInt());
        counts.put("commitments", restored.path("commitments").asInt());
        jejaring.out().printf("Restored %s from %s.%n", Restore.counts(counts), file);
        return Jejaring.OK;
    }
}
