package io.jejaring.plumbing.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.jejaring.plumbing.domain.FieldError;

/** Turns Jackson's reading errors into a problem that names the field and says what it must be. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException failure) {
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String field = path(mismatch);
            String message = "must be " + describe(mismatch.getTargetType());
            return Problem.invalid(field.isEmpty() ? "the request body " + message : "invalid value for " + field,
                    field.isEmpty() ? null : List.of(new FieldError(field, message)));
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return Problem.invalid("invalid value for " + field, List.of(new FieldError(field, mapping.getOriginalMessage())));
        }
        String where = failure.getLocation() == null ? ""
                : " at line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr();
        return Problem.of(400, "malformed-json", "the request body is not valid JSON" + where + ": " + failure.getOriginalMessage());
    }

    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 instant such as 2026-01-31T09:30:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getPackageName().startsWith("java.") ? "a JSON object"
                : "a valid " + type.getSimpleName();
    }
}
