package io.jejaring.local.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.jejaring.local.JsonApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The whole owner in one JSON file: {@code {"format": "jejaring-backup", "version": 1, "createdAt": ..., "contacts":
 * <contacts-service's GET /api/v1/contacts/export as JSON>, "interactions": <interactions-service's GET
 * /api/v1/interactions/export>}}. Both exports are streamed into it as they come; {@code restore} takes it back.
 */
@Command(name = "backup", description = {"Saves everything of yours (contacts, connections, interactions, promises) "
        + "in one JSON file.", "./jejaring restore FILE takes it back, into this Jejaring or another."},
        footer = "  ./jejaring backup jejaring-backup.json")
final class BackupCommand implements Callable<Integer> {

    static final String FORMAT = "jejaring-backup";
    static final int VERSION = 1;

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Mixin
    Target target;

    @Parameters(paramLabel = "FILE", description = "the file to write")
    Path file;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(file) && !force) {
            throw new UsageError(file + " exists already: choose another name, or add --force to overwrite it");
        }
        Remote remote = target.connect(jejaring);
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (OutputStream out = Files.newOutputStream(partial);
                JsonGenerator json = JsonApi.JSON.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("createdAt", Instant.now().toString());
            json.writeFieldName("contacts");
            copy(remote.api.stream(remote.at.contactsApi() + "/export", "application/json"), json, counts);
            json.writeFieldName("interactions");
            copy(remote.api.stream(remote.at.interactionsApi() + "/export", "application/json"), json, counts);
            json.writeEndObject();
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        jejaring.out().printf("Backed up %s to %s.%n", Restore.counts(counts), file);
        return Jejaring.OK;
    }

    /** Copies one export object into the backup, counting the items of each of its lists. */
    private static void copy(InputStream export, JsonGenerator json, Map<String, Integer> counts) {
        try (export; JsonParser parser = JsonApi.JSON.getFactory().createParser(export)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("an export that is not a JSON object");
            }
            json.writeStartObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.getCurrentName();
                json.writeFieldName(field);
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    json.writeStartArray();
                    int items = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        json.copyCurrentStructure(parser);
                        items++;
                    }
                    json.writeEndArray();
                    counts.merge(field, items, Integer::sum);
                } else {
                    json.copyCurrentStructure(parser);
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
