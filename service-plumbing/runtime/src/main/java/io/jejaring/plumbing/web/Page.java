package io.jejaring.plumbing.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record Page<T>(
        @Schema(description = "This page's items.") List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page. Opaque.", nullable = true)
        String nextCursor) {

    /**
     * Builds a page from up to {@code limit + 1} rows: the extra row only tells that there is more, and the
     * cursor points after the last row shown.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(List.copyOf(shown), cursorOf.apply(shown.get(limit - 1)));
    }
}
