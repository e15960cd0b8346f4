package io.jejaring.plumbing.web;

import java.nio.charset.StandardCharsets;

import java.util.UUID;
import java.util.function.Function;

import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.problem.DomainProblems;
import io.jejaring.plumbing.problem.ProblemException;

/**
 * The {@code limit} and {@code cursor} query parameters. They arrive as strings so that a bad value gets a
 * problem that names it. A cursor is opaque to clients: the sort key of the last row shown, sealed by
 * {@link CursorSeal}, so that it carries no readable personal data and can't be altered.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** The OpenAPI descriptions of the two parameters, the same on every list. */
    public static final String LIMIT_DESCRIPTION = "How many items per page: 1 to 200 (default 50); more is a 400.";
    public static final String CURSOR_DESCRIPTION = "The `nextCursor` of the previous page; absent for the first page."
            + " Opaque: a cursor that was not given by the service is a 400.";
    private static final String SEPARATOR = "\u001f";

    private Paging() {
    }

    public static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    public static String encode(String... parts) {
        return CursorSeal.current().seal(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor, or null for none; a cursor that was not made by {@link #encode}, or was changed, is a 400. */
    public static String[] decode(String cursor, int parts) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String[] decoded = CursorSeal.current().open(cursor)
                .map(plain -> new String(plain, StandardCharsets.UTF_8).split(SEPARATOR, -1))
                .orElseThrow(Paging::invalidCursor);
        if (decoded.length != parts) {
            throw invalidCursor();
        }
        return decoded;
    }

    /** A UUID read back from a cursor; anything else means the cursor was not ours. */
    public static UUID uuid(String cursorPart) {
        return part(cursorPart, UUID::fromString);
    }

    /** A value read back from a cursor by {@code parser}; anything it can't read means the cursor was not ours. */
    public static <T> T part(String cursorPart, Function<String, T> parser) {
        try {
            return parser.apply(cursorPart);
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
    }

    public static ProblemException invalidCursor() {
        return invalid("cursor", "is not a cursor this list gave out");
    }

    public static ProblemException invalid(String parameter, String message) {
        return new ProblemException(DomainProblems.of(DomainException.invalidParameter(parameter, message)));
    }
}
