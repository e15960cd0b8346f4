package io.jejaring.contacts.domain;

/** A card or row that could not be imported: the 1-based line where it starts, and why. */
public record ImportProblem(int line, String message) {
}
