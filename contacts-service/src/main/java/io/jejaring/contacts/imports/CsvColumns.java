package io.jejaring.contacts.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV header: finds columns by name, ignoring case and order, and lists the numbered groups Google uses
 * ("E-mail 1 - Value", "E-mail 2 - Value", ...) however many there are.
 */
final class CsvColumns {

    private static final Pattern NUMBERED = Pattern.compile("(.+?) (\\d+) - (.+)");

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Map<String, List<Integer>> numbersByGroup = new HashMap<>(); // asked once per row: remembered

    CsvColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            indexByName.putIfAbsent(key(header.get(i)), i);
        }
    }

    boolean has(String name) {
        return indexByName.containsKey(key(name));
    }

    /** The column's position, or -1. */
    int indexOf(String name) {
        return indexByName.getOrDefault(key(name), -1);
    }

    /** The numbers N for which a column "{group} N - {field}" exists, in ascending order. */
    List<Integer> numbers(String group, String field) {
        return numbersByGroup.computeIfAbsent(key(group) + "\n" + key(field), unused -> findNumbers(group, field));
    }

    private List<Integer> findNumbers(String group, String field) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String name : indexByName.keySet()) {
            Matcher matcher = NUMBERED.matcher(name);
            if (matcher.matches() && matcher.group(1).equals(key(group)) && matcher.group(3).equals(key(field))) {
                numbers.add(Integer.valueOf(matcher.group(2)));
            }
        }
        return List.copyOf(numbers);
    }

    boolean hasGroup(String group, String field) {
        return !numbers(group, field).isEmpty();
    }

    private static String key(String name) {
        return Text.withoutBom(name).strip().toLowerCase(Locale.ROOT);
    }
}
