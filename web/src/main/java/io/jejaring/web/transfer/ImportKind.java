package io.jejaring.web.transfer;

import java.util.Locale;

/**
 * What kind of file the owner uploaded, told from its first lines (and, failing that, its name), and the media type
 * contacts-service takes it as. Google's and LinkedIn's CSVs both go as text/csv: the service reads their headers.
 */
public enum ImportKind {
    VCARD(ContactsPortability.VCARD),
    GOOGLE_CSV(ContactsPortability.CSV),
    LINKEDIN_CSV(ContactsPortability.CSV),
    /** A CSV by its name whose header is neither Google's nor LinkedIn's: the service says what it makes of it. */
    OTHER_CSV(ContactsPortability.CSV),
    UNKNOWN(null);

    /** How much of the file {@link #detect} needs: LinkedIn's header comes after a few lines of notes. */
    public static final int HEAD_BYTES = 8192;

    private static final int HEADER_LINES = 10;

    private final String mediaType;

    ImportKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImportable() {
        return this != UNKNOWN;
    }

    public static ImportKind detect(String fileName, String head) {
        String text = head == null ? "" : head.replaceFirst("^\uFEFF", "").stripLeading();
        if (text.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
            return VCARD;
        }
        String[] lines = text.split("\r?\n", HEADER_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            String line = lines[i].replace("\"", "");
            if (line.startsWith("First Name,Last Name,URL,")) {
                return LINKEDIN_CSV;
            }
            if (line.contains("E-mail 1 - Value") || line.startsWith("First Name,Middle Name,Last Name")
                    || line.startsWith("Name,Given Name,")) {
                return GOOGLE_CSV;
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return VCARD;
        }
        if (name.endsWith(".csv")) {
            return OTHER_CSV;
        }
        return UNKNOWN;
    }
}
