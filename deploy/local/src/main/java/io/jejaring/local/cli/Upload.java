package io.jejaring.local.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/** A file sent as one request's body, with a progress bar on a terminal. */
final class Upload {

    private Upload() {
    }

    /**
     * Sends a file to the import endpoint {@code url} picks of the target, and prints the answer: the summary
     * {@code summary} writes of it (given the file's name), or with {@code json} the service's JSON itself.
     */
    static int sendAndReport(Jejaring jejaring, Target target, Path file, FileFormat format,
            Function<Remote, String> url, boolean json, BiFunction<String, JsonNode, String> summary) {
        Remote remote = target.connect(jejaring);
        JsonNode result = send(jejaring, remote, url.apply(remote), format, file);
        if (json) {
            Output.json(jejaring.out(), result);
        } else {
            jejaring.out().print(summary.apply(file.getFileName().toString(), result));
        }
        return Jejaring.OK;
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
