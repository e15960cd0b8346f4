package io.jejaring.insights.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions the queries share, each written once. A statement's text names them as placeholders, which
 * {@link #of} fills in: {@code {owner}} is the owner filter (every owner-scoped statement binds the owner as
 * {@code ?1}; {@code {l.owner}} qualifies it with a table alias), and {@code {live}} is a relationship known from
 * its own event (not a version-0 placeholder) and not deleted.
 */
final class Sql {

    static final String OWNER = "owner_id = ?1";
    static final String LIVE = "NOT deleted AND version > 0";

    private static final Pattern OWNER_PLACEHOLDER = Pattern.compile("\\{(\\w+\\.)?owner\\}");

    private Sql() {
    }

    /** The statement with its placeholders filled in. */
    static String of(String template) {
        return OWNER_PLACEHOLDER.matcher(template).replaceAll("$1" + Matcher.quoteReplacement(OWNER))
                .replace("{live}", LIVE);
    }

    /** A {@code count(*)} column's value. */
    static int count(Object value) {
        return ((Number) value).intValue();
    }
}
