package io.jejaring.local.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "log", description = "Logs an interaction with people found by name: a coffee, a call, a message.",
        footer = {"  ./jejaring log \"Ayu\" --via coffee --they-reached-out --gave --at \"yesterday 15:00\"",
                "  ./jejaring log \"Budi Santoso\" \"Citra\" --via video --note \"planned the trip\""})
final class LogCommand implements Callable<Integer> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(arity = "1..50", paramLabel = "NAME", description = "who it was with: words of a name that find one "
            + "contact, or a contact's id; several names for a group")
    List<String> names;

    @Option(names = "--via", required = true, paramLabel = "HOW", converter = Via.class,
            description = "coffee (or lunch, dinner, meeting: in person), call, video, email or message")
    String channel;

    @Option(names = "--they-reached-out", description = "they reached out (else you did)")
    boolean theyReachedOut;

    @ArgGroup(exclusive = true)
    Exchange exchange;

    static final class Exchange {
        @Option(names = "--gave", description = "you gave help or knowledge") boolean gave;
        @Option(names = "--received", description = "they gave it to you") boolean received;
        @Option(names = "--mutual", description = "both ways (neither: a social call)") boolean mutual;

        String value() {
            return gave ? "GAVE" : received ? "RECEIVED" : "MUTUAL";
        }
    }

    @Option(names = "--note", paramLabel = "TEXT", description = "private notes, kept in interactions-service only")
    String note;

    @Option(names = "--at", paramLabel = "WHEN", converter = When.At.class, description = "when: now (the default), "
            + "today, yesterday, a weekday (the last one) or a date (2026-11-28), with an optional time (15:00)")
    Instant at;

    @Option(names = "--json", description = "print the interaction as the service stored it")
    boolean json;

    @Override
    public Integer call() {
        Remote remote = target.connect(jejaring);
        List<JsonNode> people = new ArrayList<>();
        names.forEach(name -> people.add(remote.person(name)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactIds", people.stream().map(person -> person.path("id").asText()).distinct().toList());
        body.put("channel", channel);
        body.put("initiatedBy", theyReachedOut ? "THEM" : "ME");
        if (exchange != null) {
            body.put("exchange", exchange.value());
        }
        Instant when = at == null ? Instant.now() : at;
        body.put("occurredAt", when.toString());
        if (note != null) {
            body.put("notes", note);
        }
        JsonNode logged = remote.api.post(remote.at.interactionsApi(), body);
        if (json) {
            Output.json(jejaring.out(), logged);
        } else {
            jejaring.out().printf("Logged %s with %s, %s.%n", channel.toLowerCase(Locale.ROOT).replace('_', ' '),
                    String.join(", ", people.stream().map(person -> person.path("displayName").asText()).toList()),
                    SHOWN.format(when.atZone(ZoneId.systemDefault())));
        }
        return Jejaring.OK;
    }
}
