package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the reports of several runs of one suite ({@code benchmarks/run --repeat N}) into one. In every table, each
 * number that differs between the runs becomes their median with the min–max range in brackets, and a target is
 * judged by the median: its verdict is that of the run whose figure is the median (with an even number of runs, met
 * only when both middle runs met it), so a median run that met the bar but dropped or failed requests misses. The
 * text around the tables (warnings, how it was run) is the first run's. Usage: {@code RepeatedRuns OUTPUT RUN.md...}.
 */
public final class RepeatedRuns {

    static final String MET = "met";
    static final String MISSED = "**missed**";
    /** A number as the reports write them: {@code 12}, {@code 0.35}, {@code 4,183.2}. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private RepeatedRuns() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 2) {
            System.err.println("usage: RepeatedRuns OUTPUT RUN.md...");
            System.exit(2);
        }
        List<String> runs = new ArrayList<>();
        for (int i = 1; i < arguments.length; i++) {
            Path run = Path.of(arguments[i]);
            if (Files.exists(run)) {
                runs.add(Files.readString(run));
            }
        }
        if (runs.isEmpty()) {
            System.err.println("RepeatedRuns: no run wrote its report");
            System.exit(1);
        }
        Path output = Path.of(arguments[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, merge(runs, arguments.length - 1));
        System.out.println("Report, from " + runs.size() + " of " + (arguments.length - 1) + " runs: " + arguments[0]);
    }

    /**
     * The first run's report, its tables merged with the same tables of the others, and a note of how under its
     * title. {@code asked}: how many runs there were to be, counting those that wrote no report.
     */
    static String merge(List<String> runs, int asked) {
        List<List<String>> lines = runs.stream().map(run -> List.of(run.split("\n", -1))).toList();
        List<String> first = lines.get(0);
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < first.size(); i++) {
            String line = first.get(i);
            if (isTableRow(line) && !line.startsWith("|---")) {
                List<String> same = new ArrayList<>();
                for (List<String> run : lines) {
                    sameRow(first, i, run).ifPresent(same::add);
                }
                line = same.size() == runs.size() ? mergeRow(same) : line;
            }
            md.append(line);
            if (i < first.size() - 1) {
                md.append('\n');
            }
            if (i == 0 && line.startsWith("# ")) {
                md.append('\n').append(note(runs.size(), asked));
            }
        }
        return md.toString();
    }

    private static String note(int runs, int asked) {
        return "**Median of " + runs + (runs == 1 ? " run" : " runs")
                + (runs < asked ? " (of " + asked + " asked: the others failed before writing a report)" : "")
                + ":** each figure in the tables below that differed between the runs is their "
                + "median, with the min–max range in brackets. A target is judged by the median: it is met when the run "
                + "whose figure is the median met it (with an even number of runs, both middle runs). "
                + "The text around the tables (warnings, how it was run) is the first run's; each run's own report is "
                + "kept in `benchmarks/target/`, its name ending in `-run-<n>.md`.\n";
    }

    /**
     * The row of {@code run} matching row {@code index} of {@code first}: in the table with the same header, that
     * header's same occurrence, at the same place in it. Empty when {@code run} has no such row.
     */
    private static Optional<String> sameRow(List<String> first, int index, List<String> run) {
        int start = index;
        while (start > 0 && isTableRow(first.get(start - 1))) {
            start--;
        }
        String header = first.get(start);
        int occurrence = 0;
        for (int i = 0; i < start; i++) {
            if (isTableStart(first, i) && first.get(i).equals(header)) {
                occurrence++;
            }
        }
        for (int i = 0; i < run.size(); i++) {
            if (isTableStart(run, i) && run.get(i).equals(header) && occurrence-- == 0) {
                int at = i + index - start;
                for (int j = i; j <= at; j++) {
                    if (j >= run.size() || !isTableRow(run.get(j))) {
                        return Optional.empty();
                    }
                }
                return Optional.of(run.get(at));
            }
        }
        return Optional.empty();
    }

    private static boolean isTableRow(String line) {
        return line.startsWith("|");
    }

    private static boolean isTableStart(List<String> lines, int i) {
        return isTableRow(lines.get(i)) && (i == 0 || !isTableRow(lines.get(i - 1)));
    }

    /** One table row from the runs' rows, cell by cell; runs whose row has other cells keep the first run's. */
    static String mergeRow(List<String> rows) {
        List<String[]> cells = rows.stream().map(row -> row.split("\\|", -1)).toList();
        String[] first = cells.get(0);
        if (cells.stream().anyMatch(row -> row.length != first.length)) {
            return rows.get(0);
        }
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < first.length; c++) {
            int column = c;
            List<String> runsCells = cells.stream().map(each -> each[column]).toList();
            String merged = c > 0 && isVerdicts(runsCells) ? medianVerdict(runsCells, cells.stream().map(each -> each[column - 1])
                    .toList()) : null;
            row.append(c == 0 ? "" : "|").append(merged != null ? merged : mergeCell(runsCells));
        }
        return row.toString();
    }

    private static boolean isVerdicts(List<String> cells) {
        return cells.stream().map(String::strip).allMatch(cell -> cell.equals(MET) || cell.equals(MISSED));
    }

    /**
     * The verdict of the median run: the runs ordered by the first number of the figure they judge ({@code figures},
     * the cells before), the middle one's verdict (both middle ones' for an even count); null when a figure has no
     * number, or the runs agree.
     */
    static String medianVerdict(List<String> verdicts, List<String> figures) {
        if (verdicts.stream().map(String::strip).distinct().count() == 1) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Matcher number = NUMBER.matcher(figures.get(i));
            if (!number.find()) {
                return null;
            }
            values.add(Double.parseDouble(number.group().replace(",", "")));
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(values::get));
        int n = order.size();
        boolean met = verdicts.get(order.get(n / 2)).strip().equals(MET)
                && (n % 2 == 1 || verdicts.get(order.get(n / 2 - 1)).strip().equals(MET));
        long metRuns = verdicts.stream().map(String::strip).filter(MET::equals).count();
        return " " + (met ? MET : MISSED) + " (met in " + metRuns + " of " + n + " runs) ";
    }

    /**
     * One cell from the runs' cells: as it is where they agree; a verdict by the majority; each differing number as
     * its median (min–max); where the runs' cells differ in more than their numbers, each run's, joined by " / ".
     */
    static String mergeCell(List<String> cells) {
        List<String> trimmed = cells.stream().map(String::strip).toList();
        if (trimmed.stream().distinct().count() == 1) {
            return cells.get(0);
        }
        if (trimmed.stream().allMatch(cell -> cell.equals(MET) || cell.equals(MISSED))) {
            long met = trimmed.stream().filter(MET::equals).count();
            return " " + (met * 2 > cells.size() ? MET : MISSED) + " (met in " + met + " of " + cells.size() + " runs) ";
        }
        List<String> skeletons = trimmed.stream().map(cell -> NUMBER.matcher(cell).replaceAll("#")).distinct().toList();
        if (skeletons.size() > 1) {
            return " " + String.join(" / ", trimmed) + " ";
        }
        List<List<String>> numbers = trimmed.stream().map(RepeatedRuns::numbers).toList();
        StringBuilder merged = new StringBuilder(" ");
        Matcher matcher = NUMBER.matcher(trimmed.get(0));
        int position = 0;
        int end = 0;
        while (matcher.find()) {
            merged.append(trimmed.get(0), end, matcher.start());
            int at = position++;
            merged.append(median(numbers.stream().map(each -> each.get(at)).toList()));
            end = matcher.end();
        }
        return merged.append(trimmed.get(0).substring(end)).append(' ').toString();
    }

    private static List<String> numbers(String cell) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(cell);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    /**
     * The median of the runs' values of one number, written as the first run's (decimals, thousands separators),
     * with the min–max range when they differ; the mean of the middle two for an even count.
     */
    static String median(List<String> values) {
        if (values.stream().distinct().count() == 1) {
            return values.get(0);
        }
        double[] sorted = values.stream().mapToDouble(value -> Double.parseDouble(value.replace(",", ""))).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int decimals = Math.max(0, new BigDecimal(values.get(0).replace(",", "")).scale());
        boolean grouped = values.stream().anyMatch(value -> value.contains(","));
        String format = "%" + (grouped ? "," : "") + "." + decimals + "f";
        return String.format(Locale.ROOT, format, median) + " (" + String.format(Locale.ROOT, format, sorted[0]) + "–"
                + String.format(Locale.ROOT, format, sorted[n - 1]) + ")";
    }

    /** How many runs a command's {@code --repeat N} asks for; 1 without it. */
    static int repeats(String command) {
        Matcher matcher = Pattern.compile("--repeat (\\d+)").matcher(command);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }
}
