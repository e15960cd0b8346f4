package io.jejaring.contacts.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.events.SocialNetwork;

/**
 * LinkedIn's Connections.csv: "First Name,Last Name,URL,Email Address,Company,Position,Connected On". The profile
 * URL becomes a LINKEDIN profile and the connection date becomes howWeMet. Consent is left unset: a connection
 * did not agree to anything about sharing.
 */
final class LinkedInCsvMapper implements CsvRowMapper {

    private static final List<DateTimeFormatter> CONNECTED_ON = List.of(
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private LinkedInCsvMapper() {
    }

    static Optional<CsvRowMapper> detect(CsvColumns header) {
        boolean matches = header.has("First Name") && header.has("Last Name") && header.has("URL")
                && header.has("Connected On");
        return matches ? Optional.of(new LinkedInCsvMapper()) : Optional.empty();
    }

    @Override
    public Optional<ContactDraft> map(CsvRow row) {
        DraftBuilder draft = new DraftBuilder()
                .givenName(row.get("First Name"))
                .familyName(row.get("Last Name"))
                .organization(row.get("Company"))
                .title(row.get("Position"))
                .addEmail(row.get("Email Address"), null)
                .addSocialProfile(SocialNetwork.LINKEDIN, row.get("URL"))
                .howWeMet(howWeMet(row.get("Connected On")));
        // A connection is a person: without a first or last name the row is not named by its company or email.
        if (draft.givenName() == null && draft.familyName() == null) {
            return Optional.empty();
        }
        return draft.build();
    }

    private static String howWeMet(String connectedOn) {
        if (connectedOn == null) {
            return "LinkedIn";
        }
        for (DateTimeFormatter format : CONNECTED_ON) {
            try {
                return "LinkedIn, connected " + LocalDate.parse(connectedOn, format);
            } catch (DateTimeParseException tryNext) {
                // LinkedIn has changed its date format before; try the next one.
            }
        }
        return "LinkedIn";
    }
}
