package io.jejaring.contacts.imports;

import java.util.List;
import java.util.Optional;

import io.jejaring.contacts.domain.ContactDraft;

/**
 * Google Contacts CSV, in its current header ("First Name", "Labels", "E-mail 1 - Label") and its legacy one
 * ("Name", "Group Membership", "E-mail 1 - Type"). The two differ only in column names, so one mapper serves
 * both.
 */
final class GoogleCsvMapper implements CsvRowMapper {

    /** Where each field lives in one of the two headers. */
    private record Columns(String name, String given, String middle, String family, String organization,
            String title, String labels, String labelField) {
    }

    private static final Columns CURRENT = new Columns(null, "First Name", "Middle Name", "Last Name",
            "Organization Name", "Organization Title", "Labels", "Label");
    private static final Columns LEGACY = new Columns("Name", "Given Name", "Additional Name", "Family Name",
            "Organization 1 - Name", "Organization 1 - Title", "Group Membership", "Type");

    private final Columns names;
    private final CsvColumns header;

    private GoogleCsvMapper(Columns names, CsvColumns header) {
        this.names = names;
        this.header = header;
    }

    /** The current export has First/Last Name with numbered "- Label" groups or a Labels column. */
    static Optional<CsvRowMapper> current(CsvColumns header) {
        boolean matches = header.has("First Name") && header.has("Last Name")
                && (header.has("Labels") || header.has("Organization Name")
                        || header.hasGroup("E-mail", "Label") || header.hasGroup("Phone", "Label"));
        return matches ? Optional.of(new GoogleCsvMapper(CURRENT, header)) : Optional.empty();
    }

    /** The legacy export starts "Name,Given Name,Additional Name,Family Name". */
    static Optional<CsvRowMapper> legacy(CsvColumns header) {
        boolean matches = header.has("Given Name") && header.has("Family Name")
                && (header.has("Name") || header.has("Group Membership"));
        return matches ? Optional.of(new GoogleCsvMapper(LEGACY, header)) : Optional.empty();
    }

    @Override
    public Optional<ContactDraft> map(CsvRow row) {
        DraftBuilder draft = new DraftBuilder()
                .givenName(row.get(names.given()))
                .familyName(row.get(names.family()))
                .organization(row.get(names.organization()))
                .title(row.get(names.title()))
                .birthYear(year(row.get("Birthday")))
                .addNote(row.get("Notes"));
        if (names.name() != null) {
            draft.displayName(row.get(names.name()));
        }
        draft.displayName(Text.joinWords(row.get(names.given()), row.get(names.middle()), row.get(names.family())))
                .displayName(row.get("Nickname"))
                .displayName(row.get("File As"));
        for (String label : row.values(names.labels())) {
            draft.addCommunity(Labels.community(label));
        }
        for (int n : header.numbers("E-mail", "Value")) {
            List<String> addresses = row.values("E-mail " + n + " - Value");
            List<String> labels = row.values("E-mail " + n + " - " + names.labelField());
            for (int i = 0; i < addresses.size(); i++) {
                draft.addEmail(addresses.get(i), labelAt(labels, i, addresses.size()));
            }
        }
        for (int n : header.numbers("Phone", "Value")) {
            List<String> numbers = row.values("Phone " + n + " - Value");
            List<String> labels = row.values("Phone " + n + " - " + names.labelField());
            for (int i = 0; i < numbers.size(); i++) {
                draft.addPhone(numbers.get(i), labelAt(labels, i, numbers.size()));
            }
        }
        for (int n : header.numbers("Website", "Value")) {
            for (String url : row.values("Website " + n + " - Value")) {
                SocialLinks.fromUrl(url).ifPresent(network -> draft.addSocialProfile(network, url));
            }
        }
        draft.location(location(row)).location(row.get("Location"));
        return draft.build();
    }

    /** Paired labels when the cell has one per value, else the one label for all of them. */
    private static String labelAt(List<String> labels, int i, int valueCount) {
        if (labels.isEmpty()) {
            return null;
        }
        return labels.size() == valueCount ? labels.get(i) : labels.get(0);
    }

    private String location(CsvRow row) {
        for (String field : new String[] {"City", "Region", "Country"}) {
            for (int n : header.numbers("Address", field)) {
                List<String> values = row.values("Address " + n + " - " + field);
                if (!values.isEmpty()) {
                    return values.get(0);
                }
            }
        }
        return null;
    }

    /** Google writes "1980-03-15", or "--03-15" when the year is unknown. */
    private static Integer year(String birthday) {
        return birthday != null && birthday.matches("\\d{4}.*") ? Integer.valueOf(birthday.substring(0, 4)) : null;
    }
}
