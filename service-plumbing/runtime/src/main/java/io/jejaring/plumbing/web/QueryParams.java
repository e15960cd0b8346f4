package io.jejaring.plumbing.web;

import java.time.Instant;
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

    public static Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Paging.invalid(name, "must be an ISO-8601 instant such as 2026-01-31T09:30:00Z");
        }
    }
}
