package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The per-write and per-event costs a suite measured, beside its report as {@code <report>.costs.properties}, for the
 * capacity model ({@code benchmarks/CAPACITY.md}) to read: numbers by name, NaN ones left out.
 */
public final class MeasuredCosts {

    private MeasuredCosts() {
    }

    /** Where the costs of the report at {@code report} go. */
    public static Path fileFor(Path report) {
        String name = report.getFileName().toString().replaceFirst("\\.md$", "");
        return report.resolveSibling(name + ".costs.properties");
    }

    public static void write(Path report, Map<String, Double> costs) throws IOException {
        Properties properties = new Properties();
        costs.forEach((name, value) -> {
            if (value != null && Double.isFinite(value)) {
                properties.setProperty(name, Double.toString(value));
            }
        });
        Path file = fileFor(report);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "measured by benchmarks/run; read by the capacity model");
        }
    }

    /** Every cost in {@code files} (those that exist), each the median of the files that have it. */
    public static Map<String, Double> medians(List<Path> files) throws IOException {
        Map<String, List<Double>> values = new TreeMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(name -> values.computeIfAbsent(name, key -> new ArrayList<>())
                    .add(Double.parseDouble(properties.getProperty(name))));
        }
        Map<String, Double> medians = new TreeMap<>();
        values.forEach((name, list) -> medians.put(name, median(list)));
        return medians;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
