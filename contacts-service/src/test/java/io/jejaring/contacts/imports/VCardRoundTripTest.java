package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.contacts.domain.Consent;
import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;
import io.jejaring.contacts.store.ConsentSource;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.events.SocialNetwork;
import io.jejaring.contacts.store.SocialProfile;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/** Export then import must give back every field vCard can carry (the data-portability promise). */
class VCardRoundTripTest {

    /** Every field set, with the characters vCard must escape: , ; \ and newlines. */
    static ContactDraft everything() {
        return ContactDraft.builder("Dewi Lestari, PhD; \"Dee\"")
                .givenName("Dewi")
                .familyName("Lestari")
                .organization("Bentang; Pustaka, Tbk")
                .title("Author \\ Musician")
                .emails(List.of(new EmailAddress("dewi@example.id", "work"), new EmailAddress("dee@example.com", null),
                        new EmailAddress("dewi.l@example.org", "school")))
                .phones(List.of(new PhoneNumber("+62 812 3456 7890", "mobile"), new PhoneNumber("+62 22 555 0100", "home"),
                        new PhoneNumber("0800-SUPERNOVA", null)))
                .socialProfiles(List.of(new SocialProfile(SocialNetwork.X, "@deelestari"),
                        new SocialProfile(SocialNetwork.INSTAGRAM, "https://instagram.com/deelestari"),
                        new SocialProfile(SocialNetwork.LINKEDIN, "https://www.linkedin.com/in/dewi-lestari"),
                        new SocialProfile(SocialNetwork.FACEBOOK, "https://facebook.com/dee.lestari"),
                        new SocialProfile(SocialNetwork.PINTEREST, "deelestari"),
                        new SocialProfile(SocialNetwork.PATH, "https://path.com/dee"),
                        new SocialProfile(SocialNetwork.WHATSAPP, "https://wa.me/6281234567890"),
                        new SocialProfile(SocialNetwork.MASTODON, "@dee@social.example"),
                        new SocialProfile(SocialNetwork.OTHER, "https://twitter.com/not-really-twitter"),
                        new SocialProfile(SocialNetwork.OTHER, "mastodon: @dee@social.example, old; account")))
                .communities(List.of("Writers, Bandung", "Rida Sita Dewi; fans", "Book club"))
                .tags(List.of("author", "music, indie", "back\\slash"))
                .culture("Sundanese")
                .birthYear(1976)
                .location("Bandung, West Java")
                .howWeMet("Met at the Ubud festival.\nShe signed my copy; twice.")
                .tier(Tier.CLOSE)
                .cadenceDays(45)
                .keepInTouch(false)
                .sincerity(Sincerity.SINCERE)
                .consent(new Consent(true, ConsentSource.MET_IN_PERSON))
                .notes("Supernova series.\nLikes: coffee, rain; quiet \\ cafés.\n\nAsk about the next album.")
                .build();
    }

    @Test
    void exportThenImportKeepsEveryField() {
        ContactDraft original = everything();

        String vcard = VCardWriter.write(List.of(original));
        ParsedImport parsed = VCardReader.read(vcard);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(ImportedCard::draft).containsExactly(original);
    }

    @Test
    void writesVCard40WithJejaringProperties() {
        String vcard = VCardWriter.write(List.of(everything()));

        assertThat(vcard).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
                .contains("X-JEJARING-TIER:CLOSE", "X-JEJARING-CADENCE-DAYS:45", "X-JEJARING-KEEP-IN-TOUCH:false",
                        "X-JEJARING-SINCERITY:SINCERE", "X-JEJARING-CONSENT-SHAREABLE:true",
                        "X-JEJARING-CONSENT-SOURCE:MET_IN_PERSON", "X-JEJARING-CULTURE:Sundanese",
                        "X-JEJARING-TAGS:author,music\\, indie,back\\\\slash", "BDAY:1976", "TEL;TYPE=cell:")
                .doesNotContain("X-JEJARING-INTRODUCED");
    }

    @Test
    void sparseDraftsComeBackSparseAndInOrder() {
        ContactDraft nameOnly = ContactDraft.named("Rudi");
        ContactDraft consentWithoutSource = ContactDraft.builder("Sari").familyName("Wijaya").tier(Tier.INNER)
                .keepInTouch(true).sincerity(Sincerity.TRANSACTIONAL).consent(new Consent(false, null)).build();

        ParsedImport parsed = VCardReader.read(VCardWriter.write(List.of(nameOnly, consentWithoutSource)));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(ImportedCard::draft).containsExactly(nameOnly, consentWithoutSource);
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(1, 5);
    }

    @Test
    void nullListsAreWrittenAsEmpty() {
        ContactDraft withNulls = ContactDraft.builder("Nulls").emails(null).phones(null).socialProfiles(null)
                .communities(null).tags(null).build();

        ParsedImport parsed = VCardReader.read(VCardWriter.write(List.of(withNulls)));

        assertThat(parsed.contacts()).extracting(ImportedCard::draft).containsExactly(ContactDraft.named("Nulls"));
    }

    @Test
    void nothingToExportIsAnEmptyFile() {
        assertThat(VCardWriter.write(List.of())).isEmpty();
    }
}
