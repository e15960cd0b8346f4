package io.jejaring.insights.store;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Passes lists to native SQL as one JSON text parameter, which the statement unpacks with
 * {@code jsonb_array_elements_text}: portable, and no driver-specific array binding.
 */
public final class SqlArrays {

    /** The SQL that turns parameter {@code ?n} into a {@code uuid[]}. */
    public static String uuids(int parameter) {
        return "ARRAY(SELECT CAST(jsonb_array_elements_text(CAST(?" + parameter + " AS jsonb)) AS uuid))";
    }

    /** The SQL that turns parameter {@code ?n} into a {@code varchar[]}. */
    public static String texts(int parameter) {
        return "ARRAY(SELECT jsonb_array_elements_text(CAST(?" + parameter + " AS jsonb)))::varchar[]";
    }

    /** The JSON text of the values, each quoted. */
    public static String json(Collection<?> values) {
        return values.stream().map(value -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private SqlArrays() {
    }
}
