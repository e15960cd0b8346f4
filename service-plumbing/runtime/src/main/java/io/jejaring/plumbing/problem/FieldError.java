package io.jejaring.plumbing.problem;

/** One invalid input: which field, and what is wrong with it. */
public record FieldError(String field, String message) {
}
