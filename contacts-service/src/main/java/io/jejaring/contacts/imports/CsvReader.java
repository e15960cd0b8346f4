package io.jejaring.contacts.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportProblem;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;

/**
 * Reads the CSV exports of Google Contacts (current and legacy header) and LinkedIn (Connections.csv, with its
 * "Notes:" preamble). The format is told by the header row; columns are found by name, in any order. Each row
 * reports the physical line it starts on, counting the preamble, so the owner can find it in the file.
 */
public final class CsvReader {

    static final String UNKNOWN_HEADER = "unrecognised CSV header; expected a Google Contacts or LinkedIn export";
    static final String NO_NAME = "row has no name";
    static final String EMPTY = "CSV file is empty";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private CsvReader() {
    }

    public static ParsedImport read(String text) {
        String body = Text.withoutBom(text);
        List<String> lines = List.of(body.split("\r\n|\r|\n", -1));
        Optional<Integer> headerLine = headerLine(lines);
        if (headerLine.isEmpty()) {
            return ParsedImport.failed(1, body.isBlank() ? EMPTY : UNKNOWN_HEADER);
        }
        Table table = new Table(body, lines);
        try {
            table.readFrom(headerLine.get());
        } catch (MalformedCsv broken) {
            if (table.mapper == null) { // the header itself is broken
                return ParsedImport.failed(broken.problem.line(), broken.problem.message());
            }
            table.resumeAfter(broken.problem);
        }
        if (table.mapper == null) {
            return ParsedImport.failed(1, UNKNOWN_HEADER);
        }
        return new ParsedImport(table.contacts, table.errors);
    }

    /** The 1-based line of the header: the first non-blank line, or for LinkedIn the line after its preamble. */
    private static Optional<Integer> headerLine(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return Optional.empty();
        }
        if (!lines.get(first).strip().equalsIgnoreCase("Notes:")) {
            return Optional.of(first + 1);
        }
        // LinkedIn: "Notes:", a (possibly quoted, multi-line) note, a blank line, then the header.
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().toLowerCase(Locale.ROOT).startsWith("first name,")) {
                return Optional.of(i + 1);
            }
        }
        return Optional.of(first + 1); // no header after the note: reported as unrecognised
    }

    private static Optional<CsvRowMapper> detect(CsvColumns header) {
        return LinkedInCsvMapper.detect(header)
                .or(() -> GoogleCsvMapper.legacy(header))
                .or(() -> GoogleCsvMapper.current(header));
    }

    /**
     * The rows of one file. A broken row (an unclosed quote, text after a closing quote) makes commons-csv give up
     * on the rest, so reading starts again on the line after it: one bad row doesn't sink the others.
     */
    private static final class Table {

        private final String body;
        private final List<String> lines;
        private final List<ImportedCard> contacts = new ArrayList<>();
        private final List<ImportProblem> errors = new ArrayList<>();
        private CsvColumns header;
        private CsvRowMapper mapper;
        private int lastRowLine;

        Table(String body, List<String> lines) {
            this.body = body;
            this.lines = lines;
        }

        /** Reads from the given 1-based line on; the first record ever read is the header. */
        void readFrom(int firstLine) throws MalformedCsv {
            String part = body.substring(offsetOfLine(firstLine));
            RecordLines recordLines = new RecordLines(part, firstLine);
            int nextLine = firstLine; // where the record being read starts, should it turn out broken
            try (CSVParser parser = CSVParser.parse(part, FORMAT)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (header == null) {
                    if (!records.hasNext()) {
                        return;
                    }
                    header = new CsvColumns(records.next().toList());
                    mapper = detect(header).orElse(null);
                    if (mapper == null) {
                        return;
                    }
                    nextLine = firstLine + (int) parser.getCurrentLineNumber();
                }
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    read(new CsvRow(header, record), recordLines.lineOf(record));
                    // The parser has consumed the record's line ends, so the next record starts one line later.
                    nextLine = firstLine + (int) parser.getCurrentLineNumber();
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new MalformedCsv(new ImportProblem(skipBlank(nextLine), "malformed CSV: " + reason(e)));
            }
        }

        void resumeAfter(ImportProblem broken) {
            ImportProblem problem = broken;
            while (problem != null) {
                errors.add(problem);
                int next = problem.line() + 1;
                if (problem.line() <= lastRowLine || next > lines.size()) {
                    return; // nothing left, or no sure place to resume: stop rather than read a row twice
                }
                try {
                    readFrom(next);
                    problem = null;
                } catch (MalformedCsv again) {
                    problem = again.problem;
                }
            }
        }

        private void read(CsvRow row, int line) {
            lastRowLine = line;
            if (row.isBlank()) {
                return; // a row of empty cells (",,,,") is padding, not a contact
            }
            Optional<ContactDraft> draft = mapper.map(row);
            if (draft.isPresent()) {
                contacts.add(new ImportedCard(line, draft.get()));
            } else {
                errors.add(new ImportProblem(line, NO_NAME));
            }
        }

        /** commons-csv skips empty lines before a record, so a broken record starts at the next non-empty one. */
        private int skipBlank(int line) {
            int current = line;
            while (current < lines.size() && lines.get(current - 1).isEmpty()) {
                current++;
            }
            return current;
        }

        private int offsetOfLine(int line) {
            int offset = 0;
            for (int i = 0; i < line - 1; i++) {
                offset += lines.get(i).length();
                offset += body.startsWith("\r\n", offset) ? 2 : 1;
            }
            return offset;
        }

        /** The library's reason without its own line and position, which count from where reading started. */
        private static String reason(Throwable error) {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return message.replaceAll("\\(startline [\\d,]+\\)\\s*", "").replaceAll("\\s*at line: .*$", "");
        }
    }

    /** Stops one parser and says where the file broke. */
    private static final class MalformedCsv extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient ImportProblem problem;

        MalformedCsv(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * Turns a record's character position into its physical line. commons-csv gives the position before any
     * empty lines it skipped, so those are stepped over first.
     */
    private static final class RecordLines {

        private final String text;
        private int position;
        private int line;

        RecordLines(String text, int firstLine) {
            this.text = text;
            this.line = firstLine;
        }

        int lineOf(CSVRecord record) {
            advanceTo((int) record.getCharacterPosition());
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                advanceTo(position + 1);
            }
            return line;
        }

        private void advanceTo(int target) {
            for (; position < target && position < text.length(); position++) {
                char c = text.charAt(position);
                boolean crlf = c == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    line++;
                }
            }
        }
    }
}
