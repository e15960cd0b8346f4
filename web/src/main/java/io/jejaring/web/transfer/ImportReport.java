package io.jejaring.web.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an import did, as the rows of the result table: how many contacts were created and how many skipped as
 * duplicates, then each refused card or row by its line, in file order.
 */
public record ImportReport(String fileName, ImportKind kind, List<Row> rows) {

    public enum Outcome {
        CREATED, SKIPPED, REFUSED
    }

    /** One row: a count for created and skipped, a line and the service's reason for a refused entry. */
    public record Row(Outcome outcome, int count, int line, String reason) {

        public boolean isRefused() {
            return outcome == Outcome.REFUSED;
        }
    }

    static ImportReport of(String fileName, ImportKind kind, ContactsPortability.ImportResult result) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Outcome.CREATED, result.created(), 0, null));
        rows.add(new Row(Outcome.SKIPPED, result.skippedDuplicates(), 0, null));
        if (result.errors() != null) {
            result.errors().stream().sorted(Comparator.comparingInt(ContactsPortability.ImportProblem::line))
                    .map(problem -> new Row(Outcome.REFUSED, 1, problem.line(), problem.message()))
                    .forEach(rows::add);
        }
        return new ImportReport(fileName, kind, List.copyOf(rows));
    }

    public long refused() {
        return rows.stream().filter(Row::isRefused).count();
    }
}
