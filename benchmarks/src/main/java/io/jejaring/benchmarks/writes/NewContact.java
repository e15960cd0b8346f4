package io.jejaring.benchmarks.writes;

import java.util.Locale;
import java.util.SplittableRandom;

import io.jejaring.events.Tier;

/**
 * The contact one {@code POST /api/v1/contacts} creates, on both sides alike: a name, one work address of its own,
 * a tier, a community and a tag; contacts-service fills in the rest with its defaults.
 */
record NewContact(String displayName, String email) {

    static final Tier TIER = Tier.ACTIVE;
    static final String COMMUNITY = "Jakarta tech";
    static final String TAG = "conference";

    private static final String[] GIVEN = {"Ayu", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra"};
    private static final String[] FAMILY = {"Lestari", "Santoso", "Wijaya", "Pratama", "Nugroho", "Kusuma", "Hidayat",
        "Saputra"};

    static NewContact random(SplittableRandom random) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        return new NewContact(given + " " + family,
                (given + "." + family + "." + random.nextInt(1_000_000) + "@example.com").toLowerCase(Locale.ROOT));
    }

    /** The request body. */
    String body() {
        return "{\"displayName\":\"" + displayName + "\",\"emails\":" + emailsJson() + ",\"tier\":\"" + TIER
                + "\",\"communities\":[\"" + COMMUNITY + "\"],\"tags\":[\"" + TAG + "\"]}";
    }

    /** The {@code emails} column, as contacts-service stores the list. */
    String emailsJson() {
        return "[{\"address\":\"" + email + "\",\"label\":\"work\"}]";
    }

    /** The {@code search_text} column: the lower-cased names, organization and addresses, one a line. */
    String searchText() {
        return (displayName + "\n" + email).toLowerCase(Locale.ROOT);
    }
}
