package io.jejaring.contacts.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns vCard TYPE values and Google CSV labels into the owner's label ("work", "mobile"), and group labels into
 * communities. vCard mixes real labels with technical flags (INTERNET, PREF, VOICE), which say nothing to the
 * owner, so those are skipped.
 */
final class Labels {

    /** Google's own groups, which say nothing about the contact: everyone is in "My Contacts". */
    private static final Set<String> SYSTEM_GROUPS = Set.of("mycontacts", "starred");

    private static final Set<String> TECHNICAL =
            Set.of("internet", "pref", "voice", "x400", "text", "msg", "x-internet");

    /** vCard's word for a mobile phone; the owner-facing label is "mobile". */
    static final String VCARD_MOBILE = "cell";
    static final String MOBILE = "mobile";

    private Labels() {
    }

    /** The first meaningful label among a property's TYPE values, or null. */
    static String fromTypes(List<String> types) {
        for (String type : types) {
            String label = normalise(type);
            if (label != null && !TECHNICAL.contains(label)) {
                return label;
            }
        }
        return null;
    }

    /** One label, lower-case, without Google's "* " mark for the primary value. */
    static String normalise(String label) {
        String cleaned = Text.clean(label);
        if (cleaned == null) {
            return null;
        }
        if (cleaned.startsWith("*")) {
            cleaned = Text.clean(cleaned.substring(1));
            if (cleaned == null) {
                return null;
            }
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        return lower.equals(VCARD_MOBILE) ? MOBILE : lower;
    }

    /**
     * A Google label or vCard category as a community: Google marks its system groups with "* " and also writes
     * "myContacts" and "starred" into vCard CATEGORIES; those are dropped (null). Legacy system groups the owner
     * fills ("* Friends", "* Family") are real circles and are kept.
     */
    static String community(String label) {
        String cleaned = Text.clean(label);
        if (cleaned != null && cleaned.startsWith("*")) {
            cleaned = Text.clean(cleaned.substring(1));
        }
        if (cleaned == null || SYSTEM_GROUPS.contains(cleaned.replace(" ", "").toLowerCase(Locale.ROOT))) {
            return null;
        }
        return cleaned;
    }

    /** The TYPE value to write for a label, the reverse of {@link #fromTypes}. */
    static String toVCardType(String label) {
        return MOBILE.equalsIgnoreCase(label) ? VCARD_MOBILE : label;
    }
}
