package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportProblem;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.events.SocialNetwork;
import io.jejaring.contacts.store.SocialProfile;

class CsvReaderGoogleTest {

    @Test
    void readsTheCurrentGoogleExport() {
        ParsedImport parsed = CsvReader.read(Samples.text("google-current.csv"));

        // Grace's quoted notes and address span lines 2-5, so Wayan is on line 6.
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(2, 6, 8);
        ContactDraft grace = Samples.named(parsed, "Grace Brewster Hopper");
        assertThat(grace.givenName()).isEqualTo("Grace");
        assertThat(grace.familyName()).isEqualTo("Hopper");
        assertThat(grace.organization()).isEqualTo("US Navy");
        assertThat(grace.title()).isEqualTo("Rear Admiral");
        assertThat(grace.birthYear()).isEqualTo(1906);
        // The sample has CRLF line ends; a quoted newline keeps whichever the file has.
        assertThat(grace.notes().replace("\r\n", "\n")).isEqualTo(
                "Invented the first compiler.\nSays: \"It's easier to ask forgiveness, than permission.\"");
        assertThat(grace.emails()).containsExactly(
                new EmailAddress("grace@navy.example", "work"), new EmailAddress("grace@example.com", "other"));
        assertThat(grace.phones()).containsExactly(new PhoneNumber("+1 555 0199", "mobile"));
        assertThat(grace.location()).isEqualTo("Arlington");
        assertThat(grace.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.LINKEDIN, "https://www.linkedin.com/in/gracehopper"));
        assertThat(grace.communities()).containsExactly("Navy", "Computing pioneers");
    }

    @Test
    void splitsMultiValueCellsAndPairsTheirLabels() {
        ContactDraft wayan = Samples.named(CsvReader.read(Samples.text("google-current.csv")), "Wayan Sudarma");

        assertThat(wayan.emails()).containsExactly(
                new EmailAddress("wayan@example.id", "home"), new EmailAddress("wayan.s@example.com", "home"));
        assertThat(wayan.phones()).containsExactly(
                new PhoneNumber("+62 811 111", "mobile"), new PhoneNumber("+62 361 222", "work"));
        assertThat(wayan.birthYear()).as("--08-17 has no year").isNull();
        assertThat(wayan.location()).as("no city: the region").isEqualTo("Bali");
        assertThat(wayan.communities()).containsExactly("Bali");
        assertThat(wayan.socialProfiles())
                .containsExactly(new SocialProfile(SocialNetwork.INSTAGRAM, "https://instagram.com/wayan.s"));
    }

    @Test
    void aRowWithoutANameIsReportedWithItsLineAndAnOrganizationIsAName() {
        ParsedImport parsed = CsvReader.read(Samples.text("google-current.csv"));

        assertThat(parsed.errors()).containsExactly(new ImportProblem(7, "row has no name"));
        ContactDraft warung = Samples.named(parsed, "Warung Makan Sederhana");
        assertThat(warung.communities()).containsExactly("Food");
        assertThat(warung.givenName()).isNull();
    }

    @Test
    void readsTheLegacyGoogleExport() {
        ParsedImport parsed = CsvReader.read(Samples.text("google-legacy.csv"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(2, 3);
        ContactDraft linus = Samples.named(parsed, "Linus Torvalds");
        assertThat(linus.givenName()).isEqualTo("Linus");
        assertThat(linus.organization()).isEqualTo("Linux Foundation");
        assertThat(linus.title()).isEqualTo("Fellow");
        assertThat(linus.birthYear()).isEqualTo(1969);
        assertThat(linus.notes()).isEqualTo("Kernel, git.");
        assertThat(linus.emails()).containsExactly(new EmailAddress("linus@example.org", "home"));
        assertThat(linus.phones()).containsExactly(new PhoneNumber("+1 503 555 0100", "mobile"));
        assertThat(linus.location()).isEqualTo("Portland");
        assertThat(linus.socialProfiles())
                .containsExactly(new SocialProfile(SocialNetwork.X, "https://twitter.com/linus"));
        // "* My Contacts" is Google's; the legacy system group "* Friends" is a real circle.
        assertThat(linus.communities()).containsExactly("Friends", "Open source");

        ContactDraft ada = Samples.named(parsed, "Ada Lovelace");
        assertThat(ada.communities()).as("only system groups").isEmpty();
        assertThat(ada.location()).isEqualTo("London");
    }

    @Test
    void matchesColumnsByNameInAnyOrderWithAnyNumberOfGroups() {
        String csv = "Labels,E-mail 3 - Value,Last Name,First Name,E-mail 3 - Label,Phone 12 - Value\n"
                + "Climbing ::: * starred,ana@example.com,Lima,Ana,Work,+55 11 5555 0000\n";

        ParsedImport parsed = CsvReader.read(csv);

        assertThat(parsed.errors()).isEmpty();
        ContactDraft ana = Samples.named(parsed, "Ana Lima");
        assertThat(ana.emails()).containsExactly(new EmailAddress("ana@example.com", "work"));
        assertThat(ana.phones()).containsExactly(new PhoneNumber("+55 11 5555 0000", null));
        assertThat(ana.communities()).containsExactly("Climbing");
    }
}
