package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The warnings and errors each service logged during the run, by kind, so the report shows a service in trouble. */
final class ServiceLogs {

    private static final Pattern LEVEL = Pattern.compile("\"level\"\\s*:\\s*\"(WARN|ERROR|FATAL)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CODED = Pattern.compile("^([A-Z]+\\d+):.*");
    private static final int KIND_LENGTH = 90;

    private ServiceLogs() {
    }

    /** For each service log in {@code dir}: its warning and error kinds, with how often each was logged. */
    static Map<String, Map<String, Long>> problems(Path dir, List<String> services) {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        for (String service : services) {
            Map<String, Long> kinds = new TreeMap<>();
            Path log = dir.resolve(service + ".log");
            if (Files.isReadable(log)) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.forEach(line -> {
                        Matcher level = LEVEL.matcher(line);
                        if (level.find()) {
                            Matcher message = MESSAGE.matcher(line);
                            kinds.merge(level.group(1) + " " + kind(message.find() ? message.group(1) : line), 1L, Long::sum);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    kinds.put("(log unreadable: " + e.getClass().getSimpleName() + ")", 1L);
                }
            }
            all.put(service, kinds);
        }
        return all;
    }

    /** A message without what varies between its occurrences: ids, offsets, counts. */
    static String kind(String message) {
        Matcher coded = CODED.matcher(message);
        if (coded.matches()) {
            return coded.group(1);
        }
        String kind = message.replaceAll("\\d+", "N");
        return kind.length() <= KIND_LENGTH ? kind : kind.substring(0, KIND_LENGTH) + "…";
    }
}
