package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportProblem;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.events.SocialNetwork;
import io.jejaring.contacts.store.SocialProfile;

class CsvReaderLinkedInTest {

    @Test
    void readsConnectionsAfterTheNotesPreamble() {
        ParsedImport parsed = CsvReader.read(Samples.text("linkedin-connections.csv"));

        // Lines 1-4 are the "Notes:" preamble (a two-line quoted note and a blank line), line 5 the header.
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(6, 7, 9);
        ContactDraft budi = Samples.named(parsed, "Budi Santoso");
        assertThat(budi.givenName()).isEqualTo("Budi");
        assertThat(budi.familyName()).isEqualTo("Santoso");
        assertThat(budi.organization()).isEqualTo("Gojek, PT");
        assertThat(budi.title()).isEqualTo("Senior Engineer");
        assertThat(budi.emails()).containsExactly(new EmailAddress("budi@example.co.id", null));
        assertThat(budi.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.LINKEDIN, "https://www.linkedin.com/in/budisantoso"));
        assertThat(budi.howWeMet()).isEqualTo("LinkedIn, connected 2024-03-05");
        assertThat(budi.consent()).isNull();
        assertThat(budi.communities()).isEmpty();

        ContactDraft maria = Samples.named(parsed, "Maria Garcia");
        assertThat(maria.title()).isEqualTo("VP, Sales");
        assertThat(maria.emails()).isEmpty();
        assertThat(maria.howWeMet()).isEqualTo("LinkedIn, connected 2023-01-12");

        assertThat(Samples.named(parsed, "Kenji Watanabe").howWeMet()).isEqualTo("LinkedIn");
    }

    @Test
    void aConnectionWithoutANameIsReportedWithItsPhysicalLine() {
        ParsedImport parsed = CsvReader.read(Samples.text("linkedin-connections.csv"));

        assertThat(parsed.errors()).containsExactly(new ImportProblem(8, "row has no name"));
    }

    @Test
    void readsTheSingleLineNoteLinkedInUsuallyWrites() {
        String csv = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses"
                + " are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ayu,Lestari,https://www.linkedin.com/in/ayul,,Tokopedia,PM,7 Aug 2021\n";

        ParsedImport parsed = CsvReader.read(csv);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).singleElement().satisfies(card -> {
            assertThat(card.line()).isEqualTo(5);
            assertThat(card.draft().howWeMet()).isEqualTo("LinkedIn, connected 2021-08-07");
        });
    }
}
