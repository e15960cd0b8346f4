package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VCardSplitterTest {

    @Test
    void aQuotedPrintableContinuationIsNeverTakenForAMarker() {
        String text = "BEGIN:VCARD\nVERSION:2.1\nFN:Odd Note\n"
                + "NOTE;ENCODING=QUOTED-PRINTABLE:The file ends with=0D=0A=\n"
                + "END:VCARD and nothing else\n"
                + "END:VCARD\n";

        assertThat(VCardSplitter.split(text)).singleElement().satisfies(chunk -> {
            assertThat(chunk.complete()).isTrue();
            assertThat(chunk.line()).isEqualTo(1);
        });
        assertThat(VCardReader.read(text).contacts()).singleElement()
                .satisfies(card -> assertThat(card.draft().notes()).isEqualTo("The file ends with\r\nEND:VCARD and nothing else"));
    }

    @Test
    void markersIgnoreCaseAndTrailingSpaceButNotIndentation() {
        String text = "begin:vcard \nVERSION:3.0\nFN:Long\n  END:VCARD\nNOTE:folded\nend:VCARD\n";

        assertThat(VCardSplitter.split(text)).singleElement()
                .satisfies(chunk -> assertThat(chunk.complete()).isTrue());
    }
}
