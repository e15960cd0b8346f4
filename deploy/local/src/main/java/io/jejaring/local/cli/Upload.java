package io.jejaring.local.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/** A file sent as one request's body, with a progress bar on a terminal. */
final class Upload {

    private Upload() {
    }

    static JsonNode send(Jejaring jejaring, Remote remote, String url, FileFormat format, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LongConsumer progress = ProgressBar.forUpload(jejaring.err(), size);
        try {
            return remote.api.upload(url, format.mediaType, file, progress);
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.done();
            }
        }
    }
}
