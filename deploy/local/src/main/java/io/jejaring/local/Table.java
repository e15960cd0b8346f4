package io.jejaring.local;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the console: columns as wide as their widest cell, numbers aligned right, and at most
 * {@code limit} rows, followed by "and N more" when the whole list is longer than what is shown.
 */
public final class Table {

    public record Column(String header, boolean alignRight) {

        public static Column text(String header) {
            return new Column(header, false);
        }

        public static Column number(String header) {
            return new Column(header, true);
        }
    }

    private final String title;
    private final int limit;
    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private long total;

    public Table(String title, int limit, Column... columns) {
        this.title = title;
        this.limit = limit;
        this.columns = List.of(columns);
    }

    /** Counts the row, and keeps it if the table is not full yet. */
    public Table add(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        total++;
        if (rows.size() < limit) {
            rows.add(List.of(cells));
        }
        return this;
    }

    /** The length of the whole list, when it is known beyond the rows added (a count the service gives). */
    public Table total(long wholeList) {
        total = Math.max(total, wholeList);
        return this;
    }

    public String render() {
        StringBuilder out = new StringBuilder(title).append('\n');
        if (rows.isEmpty()) {
            return out.append("  (none)\n").toString();
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).header().length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        line(out, columns.stream().map(Column::header).toList(), widths);
        rows.forEach(row -> line(out, row, widths));
        if (total > rows.size()) {
            out.append("  ... and ").append(total - rows.size()).append(" more\n");
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            boolean last = c == cells.size() - 1;
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - cell.length());
            line.append("  ").append(columns.get(c).alignRight() ? padding + cell : last ? cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
