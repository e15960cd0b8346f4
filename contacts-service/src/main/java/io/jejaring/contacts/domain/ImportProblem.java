package io.jejaring.contacts.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A card or row that could not be imported: the 1-based line where it starts, and why. */
@Schema(description = "A card or row that could not be imported.")
public record ImportProblem(
        @Schema(description = "The 1-based line where it starts.", minimum = "1") int line,
        @Schema(description = "Why it could not be imported.") String message) {
}
