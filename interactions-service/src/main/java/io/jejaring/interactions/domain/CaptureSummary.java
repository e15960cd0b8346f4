package io.jejaring.interactions.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.interactions.capture.CaptureError;

/** What a capture did: the answer of {@code POST /import} for a calendar or mail export. */
@Schema(description = "What a calendar or mail capture did. Importing the same file again creates nothing: every item"
        + " it created or updated before counts as alreadyImported.")
public record CaptureSummary(
        @Schema(description = "Interactions created.") int created,
        @Schema(description = "Interactions updated: events re-exported with a higher SEQUENCE.") int updated,
        @Schema(description = "Items an earlier import already brought in.") int alreadyImported,
        @Schema(description = "Items left out by the rules: cancelled or not yet started events, events the owner declined,"
                + " bulk mail, and items with no matched contact.") int ignored,
        @Schema(description = "Addresses that matched neither a contact nor the owner, most frequent first: candidates for new"
                + " contacts.") List<Unmatched> unmatched,
        @Schema(description = "Events and messages that could not be read or written; the rest still counted.") List<CaptureError> errors) {

    /** An address that matched nobody, and on how many of the file's items it appears. */
    public record Unmatched(String address, int occurrences) {
    }
}
