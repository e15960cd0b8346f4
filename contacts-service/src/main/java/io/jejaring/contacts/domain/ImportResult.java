package io.jejaring.contacts.domain;

import java.util.List;

/** The answer to an import: how many contacts were created, how many duplicates skipped, and what failed where. */
public record ImportResult(int created, int skippedDuplicates, List<ImportProblem> errors) {
}
