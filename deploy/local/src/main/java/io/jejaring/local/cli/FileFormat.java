package io.jejaring.local.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The files {@code import} and {@code capture} send, told by their extension or else by their first line. */
enum FileFormat {

    VCARD("text/vcard", "BEGIN:VCARD", "vcf", "vcard"),
    CSV("text/csv", null, "csv"),
    CALENDAR("text/calendar", "BEGIN:VCALENDAR", "ics", "ical", "icalendar", "ifb"),
    MBOX("application/mbox", "From ", "mbox", "mbx");

    final String mediaType;
    private final String firstLine;
    private final List<String> extensions;

    FileFormat(String mediaType, String firstLine, String... extensions) {
        this.mediaType = mediaType;
        this.firstLine = firstLine;
        this.extensions = List.of(extensions);
    }

    /**
     * The format of {@code file} among {@code allowed}: {@code chosen} if given, else by extension, else by the first
     * line; a usage error when the file is not there or none fits.
     */
    static FileFormat of(Path file, FileFormat chosen, Set<FileFormat> allowed) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageError("No file to read at " + file);
        }
        if (chosen != null) {
            if (!allowed.contains(chosen)) {
                throw new UsageError("--format " + name(chosen) + " is not one this command takes: " + names(allowed));
            }
            return chosen;
        }
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1) : "";
        for (FileFormat format : allowed) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        String first = firstLine(file);
        for (FileFormat format : allowed) {
            if (format.firstLine != null && first.regionMatches(true, 0, format.firstLine, 0, format.firstLine.length())) {
                return format;
            }
        }
        throw new UsageError("Cannot tell what kind of file " + file.getFileName() + " is: say --format, one of " + names(allowed));
    }

    static String names(Set<FileFormat> formats) {
        return EnumSet.copyOf(formats).stream().map(format -> name(format)).collect(Collectors.joining(", "));
    }

    private static String name(FileFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line = reader.readLine();
            // Read as bytes (Latin-1), so a UTF-8 byte order mark is these three characters.
            return line == null ? "" : line.replace("\u00EF\u00BB\u00BF", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
