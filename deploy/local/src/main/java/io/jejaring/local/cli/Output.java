package io.jejaring.local.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.JsonApi;

/** What the commands print besides tables. */
final class Output {

    private Output() {
    }

    /** {@code --json}: the document, indented, on its own. */
    static void json(PrintWriter out, JsonNode document) {
        try {
            out.println(JsonApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "1 contact", "2 contacts". */
    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
