package io.jejaring.web.backend;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Joins what a service said about contacts (by id) with their names from {@link People#byIds}. A contact that
 * contacts-service no longer knows (just erased) is left out; when contacts-service is unavailable every row stays,
 * with no person, and the page says names are missing.
 */
public final class NamedRows {

    private NamedRows() {
    }

    public static <T, R> Fetched<List<R>> join(Fetched<List<T>> fetched, Function<T, String> contactId,
            Fetched<Map<String, Person>> names, BiFunction<T, Person, R> row) {
        return fetched.map(items -> items.stream()
                .filter(item -> !names.isAvailable() || names.value().containsKey(contactId.apply(item)))
                .map(item -> row.apply(item, names.isAvailable() ? names.value().get(contactId.apply(item)) : null))
                .toList());
    }
}
