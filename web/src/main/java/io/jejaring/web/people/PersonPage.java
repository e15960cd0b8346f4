package io.jejaring.web.people;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.jejaring.web.backend.Fetched;
import io.jejaring.web.backend.Person;
import io.jejaring.web.people.ContactsClient.Connection;
import io.jejaring.web.people.InteractionsClient.Commitment;
import io.jejaring.web.people.InteractionsClient.Interaction;
import io.jejaring.web.people.RelationshipClient.Relationship;

/**
 * Everything a person's page shows, each part fetched on its own so one service down leaves the rest. The
 * relationship's and the strength history's values are null while insights-service has not seen the person yet;
 * {@code strengthJson} is the history's plot data for static/people.js, null without one.
 */
public record PersonPage(String id, Fetched<Contact> contact, Fetched<Relationship> relationship,
        Fetched<StrengthSeries> strengthHistory, String strengthJson, Fetched<List<Interaction>> timeline,
        Fetched<List<Connection>> connections, Fetched<List<Commitment>> promises, Fetched<Map<String, Person>> names) {

    /** The person with this id, by name; null for no id, an unknown one (just erased), or names unavailable. */
    public Person person(String otherId) {
        return otherId != null && names.isAvailable() ? names.value().get(otherId) : null;
    }

    public Person introducer() {
        return contact.isAvailable() ? person(contact.value().introducedBy()) : null;
    }

    /** The others an interaction was with, by name: this person is left out. */
    public List<Person> others(Interaction interaction) {
        return interaction.contactIds().stream().filter(other -> !other.equals(id)).map(this::person)
                .filter(Objects::nonNull).toList();
    }

    /** The connections whose other person is known by name (an erased one is left out). */
    public List<Connection> namedConnections() {
        return connections.isAvailable()
                ? connections.value().stream().filter(connection -> person(connection.otherContactId()) != null).toList()
                : List.of();
    }

    public String title() {
        return contact.isAvailable() ? contact.value().displayName() : null;
    }
}
