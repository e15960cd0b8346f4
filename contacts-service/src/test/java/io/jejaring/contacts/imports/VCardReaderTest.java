package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportProblem;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.events.SocialNetwork;
import io.jejaring.contacts.store.SocialProfile;
import io.jejaring.events.Tier;

class VCardReaderTest {

    @Test
    void readsOutlook21WithQuotedPrintableAndCharsets() {
        ParsedImport parsed = VCardReader.read(Samples.text("outlook-2.1.vcf"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(1, 25);
        ContactDraft juergen = parsed.contacts().get(0).draft();
        assertThat(juergen.displayName()).isEqualTo("Jürgen Müller");
        assertThat(juergen.givenName()).isEqualTo("Jürgen");
        assertThat(juergen.familyName()).isEqualTo("Müller");
        assertThat(juergen.organization()).isEqualTo("Contoso GmbH");
        assertThat(juergen.title()).isEqualTo("Sales Manager");
        assertThat(juergen.phones()).containsExactly(
                new PhoneNumber("+49 30 1234567", "work"), new PhoneNumber("+49 170 7654321", "mobile"));
        // INTERNET and PREF are flags, not labels the owner chose.
        assertThat(juergen.emails()).containsExactly(new EmailAddress("juergen.mueller@contoso.example", null));
        assertThat(juergen.location()).isEqualTo("München");
        assertThat(juergen.birthYear()).isEqualTo(1975);
        assertThat(juergen.notes()).isEqualTo("Met at the Hannover fair.\r\nLikes Fußball.");
        assertThat(juergen.communities()).containsExactly("Trade fairs");
        // The company website is not a social profile; the LinkedIn link is.
        assertThat(juergen.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.LINKEDIN, "https://www.linkedin.com/in/juergen-mueller"));

        ContactDraft francois = parsed.contacts().get(1).draft();
        assertThat(francois.displayName()).isEqualTo("François Dupont");
        assertThat(francois.organization()).isEqualTo("Société Générale");
        assertThat(francois.emails()).containsExactly(
                new EmailAddress("francois.dupont@example.fr", null), new EmailAddress("fdupont@example.org", "home"));
        assertThat(francois.location()).isEqualTo("France");
    }

    @Test
    void readsApple30WithLabelsSocialProfilesAndCategories() {
        ParsedImport parsed = VCardReader.read(Samples.text("apple-3.0.vcf"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(1, 25, 34);
        ContactDraft johnny = Samples.named(parsed, "Johnny Appleseed");
        assertThat(johnny.organization()).isEqualTo("Apple Inc.");
        assertThat(johnny.title()).isEqualTo("Orchard Keeper");
        assertThat(johnny.emails()).containsExactly(
                new EmailAddress("johnny@example.com", "other"), new EmailAddress("johnny.home@example.org", "home"));
        assertThat(johnny.phones()).containsExactly(
                new PhoneNumber("+1 (408) 555-0101", "mobile"), new PhoneNumber("+1 (408) 555-0102", "work"));
        assertThat(johnny.location()).isEqualTo("Cupertino");
        assertThat(johnny.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.X, "https://twitter.com/johnnyapple"),
                new SocialProfile(SocialNetwork.LINKEDIN, "https://www.linkedin.com/in/johnnyapple"),
                new SocialProfile(SocialNetwork.OTHER, "http://www.flickr.com/photos/jappleseed"),
                new SocialProfile(SocialNetwork.FACEBOOK, "xmpp:johnny.apple@chat.facebook.com"));
        assertThat(johnny.communities()).containsExactly("Gardening", "Book Club");
        assertThat(johnny.notes()).isEqualTo("Loves apples.\nPlants trees everywhere, every spring.");
        // Apple writes year 1604 for "year unknown".
        assertThat(johnny.birthYear()).isNull();

        ContactDraft company = Samples.named(parsed, "Blue Bottle Coffee");
        assertThat(company.givenName()).isNull();
        assertThat(company.organization()).isEqualTo("Blue Bottle Coffee");
        assertThat(company.phones()).containsExactly(new PhoneNumber("+1 510 555 0155", "main"));

        ContactDraft meiLing = Samples.named(parsed, "Mei Ling Tan");
        assertThat(meiLing.phones()).containsExactly(new PhoneNumber("+65 9123 4567", "whatsapp"));
        assertThat(meiLing.birthYear()).isEqualTo(1988);
        assertThat(meiLing.socialProfiles())
                .containsExactly(new SocialProfile(SocialNetwork.INSTAGRAM, "meiling.tan"));
    }

    @Test
    void readsVCard40AndLeavesInvalidJejaringValuesUnset() {
        ParsedImport parsed = VCardReader.read(Samples.text("vcard-4.0.vcf"));

        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(1, 27);
        ContactDraft siti = Samples.named(parsed, "Siti Nurhaliza");
        assertThat(siti.givenName()).isEqualTo("Siti");
        assertThat(siti.familyName()).isEqualTo("Nurhaliza");
        assertThat(siti.emails()).containsExactly(
                new EmailAddress("siti@ui.example.id", "work"), new EmailAddress("siti.n@example.com", "home"));
        assertThat(siti.phones()).containsExactly(
                new PhoneNumber("+62-812-5550-1234", "mobile"), new PhoneNumber("+62-21-555-0100", "work"));
        assertThat(siti.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.INSTAGRAM, "https://instagram.com/siti.n"),
                new SocialProfile(SocialNetwork.PINTEREST, "https://id.pinterest.com/sitin/"));
        assertThat(siti.location()).isEqualTo("Depok");
        assertThat(siti.birthYear()).isEqualTo(1985);
        assertThat(siti.communities()).containsExactly("Alumni UI", "Choir");
        assertThat(siti.notes()).isEqualTo("Introduced at the 2019 alumni dinner.");
        assertThat(siti.tier()).isEqualTo(Tier.CLOSE);
        assertThat(siti.keepInTouch()).isFalse();
        assertThat(siti.cadenceDays()).as("not-a-number").isNull();
        assertThat(siti.sincerity()).as("very").isNull();
        assertThat(siti.tags()).containsExactly("mentor", "alumni");
        assertThat(siti.consent()).as("shareable: maybe").isNull();

        ContactDraft arif = Samples.named(parsed, "Arif Rahman");
        assertThat(arif.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.X, "https://x.com/arifr"),
                new SocialProfile(SocialNetwork.PATH, "https://path.com/p/arif"));
        assertThat(arif.location()).as("no locality: the region").isEqualTo("Jawa Timur");
        assertThat(arif.birthYear()).as("--0704 has no year").isNull();

        assertThat(parsed.errors()).containsExactly(new ImportProblem(35, VCardReader.NO_NAME));
    }

    @Test
    void aCardWithoutEndIsReportedAndTheOthersStillImport() {
        ParsedImport parsed = VCardReader.read(Samples.text("broken-middle.vcf"));

        assertThat(parsed.contacts()).extracting(card -> card.draft().displayName(), ImportedCard::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alice Anders", 1),
                        org.assertj.core.groups.Tuple.tuple("Carol Chen", 10));
        assertThat(Samples.named(parsed, "Carol Chen").emails())
                .containsExactly(new EmailAddress("carol@example.com", "work"));
        assertThat(parsed.errors()).containsExactly(
                new ImportProblem(6, "card has no END:VCARD"), new ImportProblem(15, "card has no END:VCARD"));
    }

    @Test
    void readsGoogleStyleVCardWithEscapedColonsAndSystemCategories() {
        String text = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Ana Lima
                N:Lima;Ana;;;
                EMAIL;TYPE=INTERNET;TYPE=WORK:ana@example.com
                TEL;TYPE=CELL:+55 11 5555 0000
                item1.URL:http\\://twitter.com/analima
                item1.X-ABLabel:Twitter
                item2.URL:https\\://www.example.com/ana
                CATEGORIES:myContacts,starred,Climbing
                BDAY:1990-05-01
                END:VCARD
                """;

        ContactDraft ana = Samples.named(VCardReader.read(text), "Ana Lima");

        assertThat(ana.emails()).containsExactly(new EmailAddress("ana@example.com", "work"));
        assertThat(ana.phones()).containsExactly(new PhoneNumber("+55 11 5555 0000", "mobile"));
        assertThat(ana.socialProfiles())
                .containsExactly(new SocialProfile(SocialNetwork.X, "http://twitter.com/analima"));
        assertThat(ana.communities()).containsExactly("Climbing");
        assertThat(ana.birthYear()).isEqualTo(1990);
    }

    @Test
    void nameFallsBackToStructuredNameThenOrganizationThenEmail() {
        String text = """
                BEGIN:VCARD
                VERSION:3.0
                N:Lee;Min-jun;;;
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                ORG:Kopi Kenangan
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                EMAIL: someone@example.com\s
                END:VCARD
                """;

        ParsedImport parsed = VCardReader.read(text);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(card -> card.draft().displayName())
                .containsExactly("Min-jun Lee", "Kopi Kenangan", "someone@example.com");
    }

    @Test
    void toleratesByteOrderMarkCrLfAndTextAroundCards() {
        String text = "\uFEFFexported by PhoneTool\r\n\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:  Putri Ayu  \r\n"
                + "EMAIL:\r\nCATEGORIES:Family, ,Choir\r\nEND:VCARD\r\n";

        ParsedImport parsed = VCardReader.read(text);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).hasSize(1);
        ImportedCard card = parsed.contacts().get(0);
        assertThat(card.line()).isEqualTo(3);
        assertThat(card.draft().displayName()).isEqualTo("Putri Ayu");
        assertThat(card.draft().emails()).isEmpty();
        assertThat(card.draft().phones()).isEmpty();
        assertThat(card.draft().socialProfiles()).isEmpty();
        assertThat(card.draft().tags()).isEmpty();
        assertThat(card.draft().communities()).containsExactly("Family", "Choir");
    }

    @Test
    void blankTextIsAnEmptyImportAndOtherTextIsOneProblem() {
        assertThat(VCardReader.read("  \n")).isEqualTo(new ParsedImport(List.of(), List.of()));
        assertThat(VCardReader.read(null)).isEqualTo(new ParsedImport(List.of(), List.of()));
        assertThat(VCardReader.read("First Name,Last Name\nAda,Lovelace\n").errors())
                .containsExactly(new ImportProblem(1, VCardReader.NO_CARD));
    }
}
