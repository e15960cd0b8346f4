package io.jejaring.plumbing.domain;

/** One invalid input: which field, and what is wrong with it. */
public record FieldError(String field, String message) {
}
