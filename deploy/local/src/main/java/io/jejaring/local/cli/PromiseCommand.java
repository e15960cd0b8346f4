package io.jejaring.local.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "promise", description = "Records a promise to someone, or theirs to you, due by a day.",
        footer = {"  ./jejaring promise \"Budi\" \"send the deck\" --by friday",
                "  ./jejaring promise \"Ayu\" \"intro to her editor\" --by 2026-12-15 --they-promised"})
final class PromiseCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(index = "0", paramLabel = "NAME", description = "who: words of a name that find one contact, or an id")
    String name;

    @Parameters(index = "1", paramLabel = "WHAT", description = "what is promised (up to 200 characters)")
    String what;

    @Option(names = "--by", required = true, paramLabel = "DAY", converter = When.By.class,
            description = "when it is due: today, tomorrow, a weekday (the coming one) or a date (2026-12-04)")
    LocalDate by;

    @Option(names = "--they-promised", description = "they promised it to you (else you promised it to them)")
    boolean theyPromised;

    @Option(names = "--json", description = "print the promise as the service stored it")
    boolean json;

    @Override
    public Integer call() {
        Remote remote = target.connect(jejaring);
        JsonNode person = remote.person(name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", person.path("id").asText());
        body.put("direction", theyPromised ? "THEY_PROMISED" : "I_PROMISED");
        body.put("description", what);
        body.put("dueOn", by.toString());
        JsonNode promise = remote.api.post(remote.at.commitmentsApi(), body);
        if (json) {
            Output.json(jejaring.out(), promise);
        } else {
            String who = person.path("displayName").asText();
            jejaring.out().printf("%s: \"%s\", by %s.%nWhen it is done: ./jejaring kept %s (or broken).%n",
                    theyPromised ? who + " promised you" : "You promised " + who, what,
                    by.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)), promise.path("id").asText());
        }
        return Jejaring.OK;
    }
}
