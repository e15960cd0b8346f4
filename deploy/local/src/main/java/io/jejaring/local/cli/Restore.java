package io.jejaring.local.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.local.JsonApi;

/** The backup file's shape, as {@link BackupCommand} writes it and {@link RestoreCommand} reads it. */
final class Restore {

    private Restore() {
    }

    /** The backup in {@code file}; a usage error if it is not one. */
    static JsonNode read(Path file) {
        JsonNode backup;
        try {
            backup = JsonApi.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageError("Cannot read " + file + " as a backup: " + e.getMessage());
        }
        if (backup == null || !BackupCommand.FORMAT.equals(backup.path("format").asText())) {
            throw new UsageError(file + " is not a file ./jejaring backup wrote");
        }
        if (backup.path("version").asInt() != BackupCommand.VERSION) {
            throw new UsageError(file + " is a version " + backup.path("version").asText() + " backup; this Jejaring reads version "
                    + BackupCommand.VERSION);
        }
        if (!backup.path("contacts").isObject() || !backup.path("interactions").isObject()) {
            throw new UsageError(file + " lacks its contacts or interactions part");
        }
        return backup;
    }

    /** "3 contacts, 1 connection, 12 interactions and 4 commitments" (promises are commitments in the API). */
    static String counts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((what, n) -> parts.add(Output.count(n, what.replaceAll("s$", ""))));
        if (parts.size() < 2) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
