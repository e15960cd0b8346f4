package io.jejaring.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportKindTest {

    @Test
    void aVcardIsToldByItsFirstLineWhateverItsName() {
        assertThat(ImportKind.detect("export.txt", "\uFEFF\r\nbegin:vcard\r\nVERSION:3.0\r\n")).isEqualTo(ImportKind.VCARD);
        assertThat(ImportKind.VCARD.mediaType()).isEqualTo("text/vcard");
    }

    @Test
    void linkedInsHeaderIsFoundAfterItsNotes() {
        String csv = "Notes:\n\"When exporting your connection data...\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAyu,Lestari,,,,,\n";
        assertThat(ImportKind.detect("Connections.csv", csv)).isEqualTo(ImportKind.LINKEDIN_CSV);
        assertThat(ImportKind.LINKEDIN_CSV.mediaType()).isEqualTo("text/csv");
    }

    @Test
    void googlesCurrentAndLegacyHeadersAreGoogle() {
        assertThat(ImportKind.detect("contacts.csv",
                "\uFEFFFirst Name,Middle Name,Last Name,Phonetic First Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n"))
                .isEqualTo(ImportKind.GOOGLE_CSV);
        assertThat(ImportKind.detect("google.csv", "Name,Given Name,Additional Name,Family Name,Group Membership\n"))
                .isEqualTo(ImportKind.GOOGLE_CSV);
        assertThat(ImportKind.GOOGLE_CSV.mediaType()).isEqualTo("text/csv");
    }

    @Test
    void otherwiseTheNameDecidesAndAnythingElseIsNotImportable() {
        assertThat(ImportKind.detect("people.CSV", "a,b\n1,2\n")).isEqualTo(ImportKind.OTHER_CSV);
        assertThat(ImportKind.detect("card.vcf", "")).isEqualTo(ImportKind.VCARD);
        assertThat(ImportKind.detect("photo.png", "\u0089PNG")).isEqualTo(ImportKind.UNKNOWN);
        assertThat(ImportKind.detect(null, null).isImportable()).isFalse();
    }
}
