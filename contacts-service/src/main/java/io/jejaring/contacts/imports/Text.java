package io.jejaring.contacts.imports;

/** String clean-up shared by the readers: imports are messy, drafts hold trimmed values or null. */
final class Text {

    static final String BOM = "\uFEFF";

    private Text() {
    }

    /** Trimmed value, or null when there is nothing left. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The text without a leading byte-order mark, which Excel and Windows tools like to add. */
    static String withoutBom(String text) {
        if (text == null) {
            return "";
        }
        return text.startsWith(BOM) ? text.substring(1) : text;
    }

    /** Joins the non-null parts with a space, or null when none is left. */
    static String joinWords(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String cleaned = clean(part);
            if (cleaned != null) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(cleaned);
            }
        }
        return clean(joined.toString());
    }
}
