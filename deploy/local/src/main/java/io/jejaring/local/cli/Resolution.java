package io.jejaring.local.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kept ID} and {@code broken ID}: a promise resolved, once. */
abstract class Resolution implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(paramLabel = "ID", description = "the promise's id, as ./jejaring promises lists it")
    String id;

    abstract String status();

    @Override
    public Integer call() {
        if (!Remote.ID.matcher(id).matches()) {
            throw new UsageError("\"" + id + "\" is not a promise's id; ./jejaring promises lists them");
        }
        Remote remote = target.connect(jejaring);
        JsonNode promise = remote.api.patch(remote.at.commitmentsApi() + "/" + id, Map.of("status", status()));
        jejaring.out().printf("Marked %s: \"%s\" (due %s).%n", status().toLowerCase(Locale.ROOT),
                promise.path("description").asText(), promise.path("dueOn").asText());
        return Jejaring.OK;
    }
}
