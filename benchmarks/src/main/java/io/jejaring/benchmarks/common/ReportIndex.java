package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the sections the suites of one {@code benchmarks/run} wrote into one report: every target of every
 * section in one table first, then each section whole, its headings one level down.
 * Usage: {@code ReportIndex OUTPUT COMMAND SECTION.md...}.
 */
public final class ReportIndex {

    private ReportIndex() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 3) {
            System.err.println("usage: ReportIndex OUTPUT COMMAND SECTION.md...");
            System.exit(2);
        }
        List<String> sections = new ArrayList<>();
        for (int i = 2; i < arguments.length; i++) {
            Path section = Path.of(arguments[i]);
            if (Files.exists(section)) {
                sections.add(Files.readString(section));
            }
        }
        Path output = Path.of(arguments[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, render(arguments[1], sections));
    }

    static String render(String command, List<String> sections) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Every figure below was measured in this repository by `").append(command).append("`, which runs each "
                + "suite in turn on a fresh local stack and joins their sections here. Each section says how it was run: "
                + "the date, the machine, the revision and its own command. The targets are the design's \"Quality bars\". "
                + "Ratios are taken side by side in one run against a raw baseline on the same PostgreSQL and Kafka.");
        int repeats = RepeatedRuns.repeats(command);
        if (repeats > 1) {
            md.append(" Each figure is the **median of ").append(repeats).append(" runs** of its suite, with the min–max "
                    + "range in brackets; a target is met when more than half of the runs met it.");
        }
        md.append("\n\n");
        md.append("## Against the targets\n\n| figure | target | measured | |\n|---|---|---|---|\n");
        for (String section : sections) {
            targetRows(section).forEach(row -> md.append(row).append('\n'));
        }
        md.append('\n');
        for (String section : sections) {
            md.append(demoted(section).strip()).append("\n\n");
        }
        return md.toString();
    }

    /** The rows of every table of targets in a section: those whose header is {@code | figure | target |…}. */
    static List<String> targetRows(String section) {
        List<String> rows = new ArrayList<>();
        boolean inTargets = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("| figure | target |")) {
                inTargets = true;
            } else if (!line.startsWith("|")) {
                inTargets = false;
            } else if (inTargets && !line.startsWith("|---")) {
                rows.add(line);
            }
        }
        return rows;
    }

    /** Every Markdown heading one level deeper, so that each section's title sits under this report's. */
    static String demoted(String section) {
        StringBuilder out = new StringBuilder();
        for (String line : section.split("\n", -1)) {
            out.append(line.startsWith("#") ? "#" + line : line).append('\n');
        }
        return out.toString();
    }
}
