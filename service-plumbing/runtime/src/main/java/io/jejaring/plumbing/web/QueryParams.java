package io.jejaring.plumbing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Query parameters parsed by hand, so that a bad one gets a problem naming it instead of a bare error. */
public final class QueryParams {

    public static final int MAX_TEXT = 200;

    private QueryParams() {
    }

    /** Free text up to 200 characters; empty means absent. */
    public static String text(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw Paging.invalid(name, "must be at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Paging.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Paging.invalid(name, "must be a UUID");
        }
    }

    /**
     * A comma-separated list of distinct UUIDs in their canonical form, 1 to {@code max} of them; empty means absent.
     */
    public static List<UUID> uuids(String name, String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length > max) {
            throw Paging.invalid(name, "must list at most " + max + " ids");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String part : parts) {
            UUID id = canonicalUuid(part.strip());
            if (id == null) {
                throw Paging.invalid(name, "must be UUIDs separated by commas");
            }
            if (!ids.add(id)) {
                throw Paging.invalid(name, "lists " + id + " more than once");
            }
        }
        return List.copyOf(ids);
    }

    private static UUID canonicalUuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An instant, with its time and zone: {@code 2026-01-31T09:30:00Z}. A bare date is refused rather than guessed
     * at, since it does not say which moment of which zone it means.
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Paging.invalid(name, isDate(value)
                    ? "must be an instant, not a date: give its time and zone, such as " + value + "T00:00:00Z"
                    : "must be an ISO-8601 instant such as 2026-01-31T09:30:00Z");
        }
    }

    /** A date, {@code YYYY-MM-DD}, with no time: an instant is refused rather than truncated. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (isDate(value)) {
            return LocalDate.parse(value);
        }
        throw Paging.invalid(name, value.length() > 10 && value.charAt(10) == 'T'
                ? "must be a date, YYYY-MM-DD, without a time" : "must be a date, YYYY-MM-DD");
    }

    /** {@code from} must not come after {@code to}; either may be absent. */
    public static <T extends Comparable<? super T>> void ordered(String fromName, T from, String toName, T to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw Paging.invalid(fromName, "must not be after " + toName);
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
