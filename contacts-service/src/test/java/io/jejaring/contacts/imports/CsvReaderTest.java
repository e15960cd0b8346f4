package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jejaring.contacts.domain.ImportProblem;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;

/** What every CSV import shares: header detection, line numbers, and surviving bad input. */
class CsvReaderTest {

    private static final String HEADER = "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\r\n";

    @Test
    void anUnknownHeaderIsOneProblemAtLineOne() {
        ParsedImport parsed = CsvReader.read("Name,Phone\nAlice,123\n");

        assertThat(parsed.contacts()).isEmpty();
        assertThat(parsed.errors()).containsExactly(new ImportProblem(1,
                "unrecognised CSV header; expected a Google Contacts or LinkedIn export"));
    }

    @Test
    void outlookCsvIsNotMistakenForGoogle() {
        String outlook = "First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,Mobile Phone,Categories\n"
                + "Ada,,Lovelace,,,ada@example.com,,\n";

        assertThat(CsvReader.read(outlook).errors()).extracting(ImportProblem::message)
                .containsExactly(CsvReader.UNKNOWN_HEADER);
    }

    @Test
    void anEmptyFileIsOneProblem() {
        assertThat(CsvReader.read("\uFEFF\r\n").errors()).containsExactly(new ImportProblem(1, CsvReader.EMPTY));
        assertThat(CsvReader.read(null).errors()).containsExactly(new ImportProblem(1, CsvReader.EMPTY));
    }

    @Test
    void handlesBomCrLfQuotedCommasAndNewlinesAndCountsPhysicalLines() {
        String csv = "\uFEFF" + HEADER
                + "\"Nguyen, Jr.\",Van A,\"Hanoi ::: * myContacts\",Work,\"van.a@example.vn\"\r\n"
                + "\r\n"
                + ",,* myContacts,,\r\n" // Google labels every row; that alone is not a name
                + "Minh,\"Tran\r\nThi\",,,\r\n"
                + "Lan,Pham,,,\r\n";

        ParsedImport parsed = CsvReader.read(csv);

        assertThat(parsed.errors()).containsExactly(new ImportProblem(4, CsvReader.NO_NAME));
        assertThat(parsed.contacts()).extracting(card -> card.draft().displayName(), ImportedCard::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyen, Jr. Van A", 2),
                        org.assertj.core.groups.Tuple.tuple("Minh Tran\r\nThi", 5),
                        org.assertj.core.groups.Tuple.tuple("Lan Pham", 7));
    }

    @Test
    void aRowWithOnlyBlankCellsIsSkippedQuietly() {
        ParsedImport parsed = CsvReader.read(HEADER + ",,,,\r\n ,,\r\nRina,Putri,,,\r\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(4);
    }

    @Test
    void anUnclosedQuoteLosesOnlyItsOwnRow() {
        String csv = HEADER + "Rina,Putri,,,\r\nBayu,\"Pratama,,,\r\nCitra,Dewi,,,\r\n";

        ParsedImport parsed = CsvReader.read(csv);

        assertThat(parsed.contacts()).extracting(card -> card.draft().displayName(), ImportedCard::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rina Putri", 2),
                        org.assertj.core.groups.Tuple.tuple("Citra Dewi", 4));
        assertThat(parsed.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void textAfterAClosingQuoteLosesOnlyItsOwnRow() {
        String csv = HEADER + "Rina,\"Putri\" (Bu),,,\r\nBayu,Pratama,,,\r\n\"Citra\"x,Dewi,,,\r\nDedi,Kurnia,,,\r\n";

        ParsedImport parsed = CsvReader.read(csv);

        assertThat(parsed.contacts()).extracting(ImportedCard::line).containsExactly(3, 5);
        assertThat(parsed.errors()).extracting(ImportProblem::line).containsExactly(2, 4);
    }

    @Test
    void aBrokenHeaderIsOneProblem() {
        ParsedImport parsed = CsvReader.read("First Name,\"Last Name\nAda,Lovelace\n");

        assertThat(parsed.contacts()).isEmpty();
        assertThat(parsed.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("malformed CSV"));
    }
}
