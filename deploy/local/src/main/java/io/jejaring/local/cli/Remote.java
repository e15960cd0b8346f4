package io.jejaring.local.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.local.Endpoints;
import io.jejaring.local.JsonApi;
import io.jejaring.local.Table;
import io.jejaring.local.Table.Column;

/** One Jejaring, as one owner: its API, and people found by name and named by id. */
final class Remote {

    static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The most contacts one name search lists, and one batch-by-ids answers. */
    static final int PAGE = 200;
    private static final int CHOICES = 20;

    final JsonApi api;
    final Endpoints at;

    Remote(JsonApi api, Endpoints at) {
        this.api = api;
        this.at = at;
    }

    /**
     * The one contact {@code name} means: a contact id, or words that find exactly one contact by search (or, among
     * several, exactly one whose whole name it is). Several, or none, are a usage error that lists the choices.
     */
    JsonNode person(String name) {
        if (ID.matcher(name).matches()) {
            return api.get(at.contactsApi() + "/" + name);
        }
        JsonNode page = api.get(at.contactsApi() + "?limit=" + CHOICES + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        List<JsonNode> found = new ArrayList<>();
        page.path("items").forEach(found::add);
        if (found.isEmpty()) {
            throw new UsageError("No contact matches \"" + name + "\". Nothing was written. Add them with ./jejaring add \""
                    + name + "\", or try fewer words.");
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        List<JsonNode> exact = found.stream()
                .filter(contact -> contact.path("displayName").asText().strip().equalsIgnoreCase(name.strip())).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        throw new UsageError(choices(name, found, !page.path("nextCursor").isNull()));
    }

    /** Why a name was not enough, and the people it could mean, with the ids that would be. */
    static String choices(String name, List<JsonNode> found, boolean more) {
        Table table = new Table("\"" + name + "\" matches " + (more ? "more than " : "") + found.size()
                + " contacts. Nothing was written. Say which with a fuller name, or with the id:", CHOICES,
                Column.text("name"), Column.text("organization"), Column.text("id"));
        found.forEach(contact -> table.add(contact.path("displayName").asText(), contact.path("organization").asText(""),
                contact.path("id").asText()));
        return table.render().stripTrailing();
    }

    /** The names of these contacts, in one call; an id the owner has no contact for stays as it is. */
    Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (!distinct.isEmpty()) {
            JsonNode page = api.get(at.contactsApi() + "?ids=" + String.join(",", distinct.subList(0, Math.min(PAGE, distinct.size()))));
            page.path("items").forEach(contact -> names.put(contact.path("id").asText(), contact.path("displayName").asText()));
        }
        return names;
    }

    /** The names of the contacts a page's items name by {@code contactId}. */
    Map<String, String> namesIn(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("contactId").asText()));
        return names(ids);
    }

    /** The page with each item's contact named, as {@code displayName}, for {@code --json}. */
    static JsonNode withNames(JsonNode page, Map<String, String> names) {
        page.path("items").forEach(item -> {
            String name = names.get(item.path("contactId").asText());
            if (name != null && item instanceof ObjectNode object) {
                object.put("displayName", name);
            }
        });
        return page;
    }
}
