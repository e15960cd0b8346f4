package io.jejaring.contacts.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import: how many contacts were created, how many duplicates skipped, and what failed where. */
@Schema(description = "What an import did: contacts created, duplicates skipped, and what failed where.")
public record ImportResult(
        @Schema(description = "Contacts created.", minimum = "0") int created,
        @Schema(description = "Entries skipped as duplicates of existing contacts.", minimum = "0") int skippedDuplicates,
        @Schema(description = "Entries that could not be imported.") List<ImportProblem> errors) {
}
