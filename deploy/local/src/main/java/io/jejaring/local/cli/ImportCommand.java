package io.jejaring.local.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = "Imports contacts from a vCard or CSV file (a phone's or a mail app's export).",
        footer = {"  ./jejaring import contacts.vcf", "  ./jejaring import linkedin-connections.csv"})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(paramLabel = "FILE", description = "a .vcf or .csv file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "vcard or csv, when the file's name does not say")
    FileFormat format;

    @Option(names = "--json", description = "print the service's answer instead")
    boolean json;

    @Override
    public Integer call() {
        FileFormat sent = FileFormat.of(file, format, EnumSet.of(FileFormat.VCARD, FileFormat.CSV));
        return Upload.sendAndReport(jejaring, target, file, sent, remote -> remote.at.contactsApi() + "/import", json,
                ImportCommand::summary);
    }

    static String summary(String file, JsonNode result) {
        return "Imported " + file + ": " + Output.count(result.path("created").asLong(), "contact") + " created, "
                + result.path("skippedDuplicates").asLong() + " skipped as duplicates of contacts you have.\n"
                + ImportErrors.list(result.path("errors"));
    }
}
