package io.jejaring.local;

import com.fasterxml.jackson.databind.JsonNode;

/** What a person should read of an error answer: the problem+json's detail and its invalid fields. */
final class Problems {

    private static final int MAX_TEXT = 500;

    private Problems() {
    }

    /** The detail (or title) of a problem+json body and each invalid field on a line; other bodies as they are, cut. */
    static String detail(String body) {
        JsonNode problem;
        try {
            problem = JsonApi.JSON.readTree(body);
        } catch (Exception notJson) {
            problem = null;
        }
        if (problem == null || !problem.isObject()) {
            String text = body == null ? "" : body.strip();
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
        }
        StringBuilder out = new StringBuilder(problem.hasNonNull("detail") ? problem.path("detail").asText()
                : problem.path("title").asText());
        problem.path("errors").forEach(error -> out.append("\n  ").append(error.path("field").asText()).append(": ")
                .append(error.path("message").asText()));
        return out.toString();
    }
}
