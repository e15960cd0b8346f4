package io.jejaring.contacts.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    public List<Contact> page(String ownerId, int rows) {
        return page(ownerId, rows, SORT_CAP);
    }

    List<Contact> page(String ownerId, int rows, int sortCap) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        List<String> words = SearchFolding.queryWords(q);
        if (!words.isEmpty()) {
            // Each word is somewhere in the small folded text: a cheap test first, so that walking the contacts in
            // name order never unpacks the large prefix array of one that can't match. It also checks a word
            // longer than the stored prefixes whole.
            for (int i = 0; i < words.size(); i++) {
                conditions.add("searchText like :word" + i + " escape '\\'");
                parameters.and("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            // ... and starts a word: the index lookup
            conditions.add("array_includes(searchPrefixes, :terms)");
            parameters.and("terms", words.stream().map(SearchFolding::term).distinct().toArray(String[]::new));
        }
        if (community != null) {
            conditions.add("array_contains(communityKeys, :community)");
            parameters.and("community", SearchFolding.fold(community.strip()));
        }
        if (tag != null) {
            conditions.add("array_contains(tagKeys, :tag)");
            parameters.and("tag", SearchFolding.fold(tag.strip()));
        }
        if (tier != null) {
            conditions.add("tier = :tier");
            parameters.and("tier", tier);
        }
        if (afterId != null) {
            conditions.add("(displayName > :afterName or (displayName = :afterName and id > :afterId))");
            parameters.and("afterName", afterName).and("afterId", afterId);
        }
        String condition = String.join(" and ", conditions);
        boolean fewMatches = !words.isEmpty() && Contact.owned(ownerId, condition, parameters, null)
                .project(MatchId.class).page(0, sortCap + 1).list().size() <= sortCap;
        return Contact.owned(ownerId, condition, parameters, fewMatches ? MATCHES_FIRST : "displayName, id")
                .page(0, rows).list();
    }

    /** What the count of matches reads: the id alone. */
    record MatchId(UUID id) {
    }

    /**
     * The same order, in a form the name index can't give: PostgreSQL then reads the matches from the prefix index
     * and sorts them, instead of walking every contact in name order until a page of matches turns up.
     */
    private static final String MATCHES_FIRST = "concat(displayName, ''), id";

    /** The owner's contacts among {@code ids}, in (displayName, id) order; another owner's and unknown ids are absent. */
    public static List<Contact> byIds(String ownerId, List<UUID> ids) {
        return Contact.owned(ownerId, "id in :ids", Parameters.with("ids", ids), "displayName, id").list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
