package io.jejaring.local.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.Table;
import io.jejaring.local.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "capture", description = {"Logs the interactions in a calendar (.ics) or mail (.mbox) export: "
        + "each meeting or message with your contacts.", "Importing the same file again changes nothing."},
        footer = {"  ./jejaring capture calendar.ics", "  ./jejaring capture \"All mail Including Spam and Trash.mbox\""})
final class CaptureCommand implements Callable<Integer> {

    static final int UNMATCHED_ROWS = 10;

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(paramLabel = "FILE", description = "an iCalendar (.ics) or mbox (.mbox) file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "calendar or mbox, when the file's name does not say")
    FileFormat format;

    @Option(names = "--json", description = "print the service's answer instead")
    boolean json;

    @Override
    public Integer call() {
        FileFormat sent = FileFormat.of(file, format, EnumSet.of(FileFormat.CALENDAR, FileFormat.MBOX));
        return Upload.sendAndReport(jejaring, target, file, sent, remote -> remote.at.interactionsApi() + "/import", json,
                CaptureCommand::summary);
    }

    /** The counts, what could not be read, and the addresses seen most that are no contact of yours. */
    static String summary(String file, JsonNode result) {
        StringBuilder out = new StringBuilder("Captured " + file + ": "
                + Output.count(result.path("created").asLong(), "interaction") + " created, "
                + result.path("updated").asLong() + " updated, " + result.path("alreadyImported").asLong()
                + " already imported, " + result.path("ignored").asLong() + " ignored.\n");
        out.append(ImportErrors.list(result.path("errors")));
        JsonNode unmatched = result.path("unmatched");
        if (!unmatched.isEmpty()) {
            Table table = new Table("Addresses that are none of your contacts, most seen first:", UNMATCHED_ROWS,
                    Column.text("address"), Column.number("times"));
            unmatched.forEach(address -> table.add(address.path("address").asText(), address.path("occurrences").asText()));
            out.append(table.render()).append("  Add one with: ./jejaring add \"Their Name\" --email ADDRESS, "
                    + "then capture the file again.\n");
        }
        return out.toString();
    }
}
