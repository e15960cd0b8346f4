package io.jejaring.contacts.imports;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/** One CSV record read through its header; a short row simply has blank trailing cells. */
final class CsvRow {

    /** Google packs several values into one cell: "a@x.org ::: b@y.org". */
    private static final String MULTI_VALUE_SEPARATOR = ":::";

    private final CsvColumns columns;
    private final CSVRecord record;

    CsvRow(CsvColumns columns, CSVRecord record) {
        this.columns = columns;
        this.record = record;
    }

    /** The cleaned cell, or null when the column is missing or blank. */
    String get(String column) {
        int index = columns.indexOf(column);
        return index >= 0 && index < record.size() ? Text.clean(record.get(index)) : null;
    }

    /** The cell's values split on " ::: ", cleaned, blanks dropped. */
    List<String> values(String column) {
        List<String> values = new ArrayList<>();
        String cell = get(column);
        if (cell != null) {
            for (String value : cell.split(MULTI_VALUE_SEPARATOR)) {
                if (Text.clean(value) != null) {
                    values.add(Text.clean(value));
                }
            }
        }
        return values;
    }

    boolean isBlank() {
        for (String cell : record) {
            if (Text.clean(cell) != null) {
                return false;
            }
        }
        return true;
    }
}
