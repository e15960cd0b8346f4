package io.jejaring.contacts.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.jejaring.events.Tier;
import io.quarkus.panache.common.Parameters;

/**
 * One page of an owner's contacts, in (displayName, id) order, after a keyset. {@code q} is a case-insensitive
 * substring of the names, the organization or an email address; the filters narrow it further.
 */
public record ContactSearch(String q, String community, String tag, Tier tier, String afterName, UUID afterId) {

    public List<Contact> page(String ownerId, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (q != null && !q.isBlank()) {
            conditions.add("searchText like :q escape '\\'");
            parameters.and("q", "%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (community != null) {
            conditions.add("array_contains(communities, :community)");
            parameters.and("community", community);
        }
        if (tag != null) {
            conditions.add("array_contains(tags, :tag)");
            parameters.and("tag", tag);
        }
        if (tier != null) {
            conditions.add("tier = :tier");
            parameters.and("tier", tier);
        }
        if (afterId != null) {
            conditions.add("(displayName > :afterName or (displayName = :afterName and id > :afterId))");
            parameters.and("afterName", afterName).and("afterId", afterId);
        }
        return Contact.owned(ownerId, String.join(" and ", conditions), parameters, "displayName, id")
                .page(0, rows).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
