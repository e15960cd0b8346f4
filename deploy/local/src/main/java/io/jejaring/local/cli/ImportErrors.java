package io.jejaring.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.Table;
import io.jejaring.local.Table.Column;

/** The entries of a file that an import could not take, each where it is in the file and why. */
final class ImportErrors {

    static final int ROWS = 10;

    private ImportErrors() {
    }

    /** Nothing when there are none; else a table of them (a line number or a Message-ID), cut at {@link #ROWS}. */
    static String list(JsonNode errors) {
        if (errors.isEmpty()) {
            return "";
        }
        Table table = new Table(errors.size() + (errors.size() == 1 ? " entry" : " entries") + " could not be imported:",
                ROWS, Column.text("where"), Column.text("why"));
        errors.forEach(error -> table.add(error.has("line") ? "line " + error.path("line").asText()
                : "message " + error.path("messageId").asText(), error.path("message").asText()));
        return table.render();
    }
}
