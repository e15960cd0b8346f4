package io.jejaring.contacts.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.jejaring.events.Tier;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/**
 * One page of an owner's contacts, in (displayName, id) order, after a keyset. {@code q} is a case-insensitive
 * substring of the names, the organization or an email address; the filters narrow it further.
 */
public record ContactSearch(String q, String community, String tag, Tier tier, String afterName, UUID afterId) {

    public List<Contact> page(String ownerId, int rows) {
        StringBuilder where = new StringBuilder("ownerId = :owner");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (q != null && !q.isBlank()) {
            where.append(" and searchText like :q escape '\\'");
            parameters.and("q", "%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (community != null) {
            where.append(" and array_contains(communities, :community)");
            parameters.and("community", community);
        }
        if (tag != null) {
            where.append(" and array_contains(tags, :tag)");
            parameters.and("tag", tag);
        }
        if (tier != null) {
            where.append(" and tier = :tier");
            parameters.and("tier", tier);
        }
        if (afterId != null) {
            where.append(" and (displayName > :afterName or (displayName = :afterName and id > :afterId))");
            parameters.and("afterName", afterName).and("afterId", afterId);
        }
        PanacheQuery<Contact> query = Contact.find(where + " order by displayName, id", parameters);
        return query.page(0, rows).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
