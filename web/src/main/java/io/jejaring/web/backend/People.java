package io.jejaring.web.backend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Names for the contact ids that insights and interactions speak in: one batch call to contacts-service per page
 * (per 200 people), never one per row. An id that contacts-service does not know (just erased) has no entry.
 */
@ApplicationScoped
public class People {

    public static final String PART = "contacts-service";

    @Inject
    @RestClient
    ContactsByIds contacts;

    public Fetched<Map<String, Person>> byIds(Collection<String> ids) {
        return Fetched.from(PART, () -> {
            Map<String, Person> people = new LinkedHashMap<>();
            for (List<String> batch : batches(new ArrayList<>(new LinkedHashSet<>(ids)))) {
                contacts.byIds(String.join(",", batch)).items().forEach(person -> people.put(person.id(), person));
            }
            return people;
        });
    }

    static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ContactsByIds.MAX_IDS) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + ContactsByIds.MAX_IDS)));
        }
        return batches;
    }
}
