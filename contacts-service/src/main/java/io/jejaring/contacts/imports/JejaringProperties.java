package io.jejaring.contacts.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The X- properties that carry Jejaring fields vCard has no property for, so an export can be re-imported
 * without loss. ez-vcard writes X- values verbatim, so this class escapes them itself, the way vCard escapes text:
 * a backslash, a newline and (in lists) a comma.
 */
final class JejaringProperties {

    static final String TAGS = "X-JEJARING-TAGS";
    static final String CULTURE = "X-JEJARING-CULTURE";
    static final String TIER = "X-JEJARING-TIER";
    static final String CADENCE_DAYS = "X-JEJARING-CADENCE-DAYS";
    static final String KEEP_IN_TOUCH = "X-JEJARING-KEEP-IN-TOUCH";
    static final String SINCERITY = "X-JEJARING-SINCERITY";
    static final String HOW_WE_MET = "X-JEJARING-HOW-WE-MET";
    static final String CONSENT_SHAREABLE = "X-JEJARING-CONSENT-SHAREABLE";
    static final String CONSENT_SOURCE = "X-JEJARING-CONSENT-SOURCE";

    /** Apple's property for social profiles; Jejaring writes its profiles with it too. */
    static final String SOCIAL_PROFILE = "X-SOCIALPROFILE";

    private JejaringProperties() {
    }

    /** A single value, escaped so that a newline cannot end the property line. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** A list, escaped item by item and joined with commas. */
    static String escapeList(List<String> values) {
        List<String> escaped = new ArrayList<>();
        for (String value : values) {
            escaped.add(escape(value).replace(",", "\\,"));
        }
        return String.join(",", escaped);
    }

    /** The reverse of {@link #escape}; an unknown escape such as "\;" keeps its character. */
    static String unescape(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The reverse of {@link #escapeList}: splits on commas that are not escaped. */
    static List<String> unescapeList(String value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                item.append(c).append(value.charAt(++i));
            } else if (c == ',') {
                items.add(unescape(item.toString()));
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(unescape(item.toString()));
        return items;
    }

    /** The enum constant named by the value, ignoring case, or null when it names none. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, cleaned.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** "true" or "false" in any case; anything else is null rather than a guess. */
    static Boolean booleanValue(String value) {
        String cleaned = Text.clean(value);
        if ("true".equalsIgnoreCase(cleaned)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(cleaned)) {
            return Boolean.FALSE;
        }
        return null;
    }

    static Integer intValue(String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null) {
            return null;
        }
        try {
            return Integer.valueOf(cleaned);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
