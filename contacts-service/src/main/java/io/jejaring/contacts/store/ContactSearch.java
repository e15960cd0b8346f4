package io.jejaring.contacts.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Query;

import io.jejaring.events.Tier;
import io.quarkus.panache.common.Parameters;

/**
 * One page of an owner's contacts, in (displayName, id) order, after a keyset. Accents and case never matter:
 * {@code q}'s every word must start a word of the names, the organization, an email address, the location or the
 * culture (a word also starts after punctuation, so "startup.id" finds "fitri@startup.id"); {@code community} and
 * {@code tag} must equal one of the contact's. The filters narrow it further. See {@link SearchFolding}.
 */
public record ContactSearch(String q, String community, String tag, Tier tier, String afterName, UUID afterId) {

    /**
     * A search with at most this many matches sorts them; one with more walks the name index, where so many matches
     * fill a page soon. Neither plan suits every search: sorting costs as much as the matches ("a" matches most
     * contacts), and walking costs as much as the contacts before the first page of matches ("maria", whose matches
     * only start at M). Counting up to the cap bounds the cost of choosing.
     */
    static final int SORT_CAP = 3000;

    /** How many contacts a search with many matches walks in name order before it sorts them instead. */
    static final int WALK_CAP = 2000;

    public List<Contact> page(String ownerId, int rows) {
        return page(ownerId, rows, SORT_CAP, WALK_CAP);
    }

    List<Contact> page(String ownerId, int rows, int sortCap, int walkCap) {
        List<String> filters = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>(Map.of("owner", ownerId));
        List<String> words = SearchFolding.queryWords(q);
        if (!words.isEmpty()) {
            // Each word is somewhere in the small folded text: a cheap test first, so that walking the contacts in
            // name order never unpacks the large prefix array of one that can't match. It also checks a word
            // longer than the stored prefixes whole.
            for (int i = 0; i < words.size(); i++) {
                filters.add("search_text like :word" + i + " escape '\\'");
                parameters.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            // ... and starts a word: the index lookup
            filters.add("search_prefixes @> cast(:terms as varchar[])");
            parameters.put("terms", words.stream().map(SearchFolding::term).distinct().toArray(String[]::new));
        }
        if (community != null) {
            filters.add("community_keys @> array[cast(:community as varchar)]");
            parameters.put("community", SearchFolding.fold(community.strip()));
        }
        if (tag != null) {
            filters.add("tag_keys @> array[cast(:tag as varchar)]");
            parameters.put("tag", SearchFolding.fold(tag.strip()));
        }
        if (tier != null) {
            filters.add("tier = :tier");
            parameters.put("tier", tier.name());
        }
        String owned = "owner_id = :owner";
        if (afterId != null) {
            owned += " and (display_name > :afterName or (display_name = :afterName and id > :afterId))";
            parameters.put("afterName", afterName);
            parameters.put("afterId", afterId);
        }
        String filtered = filters.isEmpty() ? "" : " where " + String.join(" and ", filters);
        String page = " order by display_name, id limit " + rows;
        String matches = "select id, display_name from contact where " + owned
                + (filters.isEmpty() ? "" : " and " + String.join(" and ", filters));
        List<Object[]> found = null;
        if (!words.isEmpty()) {
            // The matches counted up to the cap and sorted, in one reading of them from the prefix index
            found = ids("select id, count(*) over () from (" + matches + " limit " + (sortCap + 1) + ") m" + page,
                    parameters);
            if (!found.isEmpty() && ((Number) found.get(0)[1]).longValue() > sortCap) {
                found = null;
            }
        }
        if (found == null) {
            // Many matches, or none asked for: walk the contacts in name order, up to walkCap of them. The filters
            // sit outside that walk, so that no plan (a prepared statement's is made once, for any terms) can
            // swap it for sorting every match.
            found = ids("select id, display_name from (select * from contact where " + owned
                    + " order by display_name, id limit " + walkCap + ") c" + filtered + page, parameters);
            if (found.size() < rows && !filters.isEmpty()) {
                // ... where they did not fill a page, they cluster late in name order: sort them all
                found = ids(matches + page, parameters);
            }
        }
        return found.isEmpty() ? List.of() : byIds(ownerId, found.stream().map(row -> (UUID) row[0]).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> ids(String sql, Map<String, Object> parameters) {
        Query query = Contact.getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The owner's contacts among {@code ids}, in (displayName, id) order; another owner's and unknown ids are absent. */
    public static List<Contact> byIds(String ownerId, List<UUID> ids) {
        return Contact.owned(ownerId, "id in :ids", Parameters.with("ids", ids), "displayName, id").list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
