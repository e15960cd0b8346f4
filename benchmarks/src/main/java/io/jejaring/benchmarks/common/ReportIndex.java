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

    /**
     * Issue 13's targets, in its order: how a section's target row is recognised (a piece of its figure), and what
     * the table says for a target no section measured.
     */
    record Target(int number, String figurePart, String figure, String bar) {
    }

    static final List<Target> TARGETS = List.of(
            new Target(1, "write to insight p99, open model, 200 writes/s", "write → insight p99, open model, 200 writes/s", "≤ 100 ms"),
            new Target(2, "write to insight p99, open model, 400 writes/s", "write → insight p99, open model, 400 writes/s", "≤ 250 ms"),
            new Target(3, "`POST /api/v1/contacts` throughput", "`POST /contacts` throughput ÷ raw JDBC, 16 writers", "≥ 0.30"),
            new Target(4, "`POST /api/v1/interactions` throughput", "`POST /interactions` throughput ÷ raw JDBC, 16 writers", "≥ 0.30"),
            new Target(5, "whole-system CPU per acknowledged write", "whole-system CPU per acknowledged write ÷ raw JDBC's", "≤ 4×"),
            new Target(6, "projection throughput", "projection throughput ÷ raw consumer", "≥ 0.50"),
            new Target(7, "`GET /reach`", "`/reach` p99 at 100k contacts, one client", "≤ 20 ms"),
            new Target(7, "`GET /suggestions`", "`/suggestions` p99 at 100k contacts, one client", "≤ 20 ms"),
            new Target(8, "`GET /overdue`", "`/overdue` p99 at 100k contacts, one client", "≤ 20 ms"),
            new Target(9, "start to first ready answer, started alone", "start to ready, each service alone", "≤ 1.0 s"),
            new Target(10, "`./jejaring up`", "`./jejaring up`, all three ready", "≤ 5.0 s"),
            new Target(11, "RSS after the reads", "RSS of each service after the 100k reads", "≤ 250 MB"));

    static String render(String command, List<String> sections) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Every figure below was measured in this repository by `").append(command).append("`, which runs each "
                + "suite in turn on a fresh local stack and joins their sections here. Each section says how it was run: "
                + "the date, the machine, the revision and its own command. The targets are issue 13's; the number in "
                + "the first column is the target's place in its table. "
                + "Ratios are taken side by side in one run against a raw baseline on the same PostgreSQL and Kafka.");
        int repeats = RepeatedRuns.repeats(command);
        if (repeats > 1) {
            md.append(" Each figure is the **median of ").append(repeats).append(" runs** of its suite, with the min–max "
                    + "range in brackets; **a target is judged by the median**: it is met when the run whose figure is the "
                    + "median met it.");
        } else {
            md.append(" This was one run of each suite: a target is judged by that run (`--repeat 3` judges by the "
                    + "median of three).");
        }
        md.append("\n\n");
        List<String> rows = new ArrayList<>();
        sections.forEach(section -> rows.addAll(targetRows(section)));
        md.append("## Against the targets\n\n| # | figure | target | measured | |\n|---:|---|---|---|---|\n");
        orderedTargetRows(rows).forEach(row -> md.append(row).append('\n'));
        md.append('\n');
        String missed = MissedTargets.render(inIssueOrder(rows), sections, repeats);
        if (!missed.isEmpty()) {
            md.append(missed.strip()).append("\n\n");
        }
        for (String section : sections) {
            md.append(demoted(section).strip()).append("\n\n");
        }
        return md.toString();
    }

    /**
     * The sections' target rows in the order of issue 13's targets, each with its target's number first, and a row
     * saying "not measured" for each target no row measured. Rows that match no target come last, unnumbered.
     */
    static List<String> orderedTargetRows(List<String> rows) {
        List<String> ordered = new ArrayList<>();
        List<String> left = new ArrayList<>(rows);
        for (Target target : TARGETS) {
            List<String> matching = left.stream().filter(row -> figure(row).contains(target.figurePart())).toList();
            if (matching.isEmpty()) {
                ordered.add("| " + target.number() + " | " + target.figure() + " | " + target.bar()
                        + " | not measured in this run | – |");
            }
            matching.forEach(row -> ordered.add("| " + target.number() + " " + row));
            left.removeAll(matching);
        }
        left.forEach(row -> ordered.add("| – " + row));
        return ordered;
    }

    /** The rows in the order of issue 13's targets; rows that match none last. */
    static List<String> inIssueOrder(List<String> rows) {
        List<String> ordered = new ArrayList<>();
        for (Target target : TARGETS) {
            rows.stream().filter(row -> !ordered.contains(row) && figure(row).contains(target.figurePart()))
                    .forEach(ordered::add);
        }
        rows.stream().filter(row -> !ordered.contains(row)).forEach(ordered::add);
        return ordered;
    }

    private static String figure(String row) {
        String[] cells = row.split("\\|", -1);
        return cells.length > 1 ? cells[1] : "";
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
