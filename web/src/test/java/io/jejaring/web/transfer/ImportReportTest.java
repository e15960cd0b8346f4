package io.jejaring.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.web.transfer.ImportReport.Outcome;

class ImportReportTest {

    @Test
    void createdAndSkippedComeFirstThenEachRefusedEntryInFileOrder() {
        ImportReport report = ImportReport.of("a.vcf", ImportKind.VCARD, new ContactsPortability.ImportResult(3, 1,
                List.of(new ContactsPortability.ImportProblem(40, "late"),
                        new ContactsPortability.ImportProblem(7, "early"))));

        assertThat(report.rows()).extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED, Outcome.SKIPPED, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(report.rows()).extracting(ImportReport.Row::count).startsWith(3, 1);
        assertThat(report.rows().subList(2, 4)).extracting(ImportReport.Row::line).containsExactly(7, 40);
        assertThat(report.refused()).isEqualTo(2);
    }

    @Test
    void noErrorsAtAllIsNothingRefused() {
        ImportReport report = ImportReport.of("a.csv", ImportKind.GOOGLE_CSV,
                new ContactsPortability.ImportResult(0, 0, null));

        assertThat(report.rows()).hasSize(2);
        assertThat(report.refused()).isZero();
    }
}
