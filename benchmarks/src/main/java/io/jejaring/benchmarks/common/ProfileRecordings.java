package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The services' async-profiler recordings of a profiled run ({@code bench.profile-dir}, set by
 * {@code benchmarks/run --profile}). Each service records into {@code DIR/<service>.jfr}, and a service started
 * again would overwrite its first recording: {@link #keep} moves a finished one into a folder of its own, so one
 * run can yield a profile of each phase (the reads, then each service's start alone).
 */
public final class ProfileRecordings {

    static final String PROPERTY = "bench.profile-dir";

    private final Path dir;

    ProfileRecordings(Path dir) {
        this.dir = dir;
    }

    /** The recordings of this run; when it is not profiled, a {@link #keep} that does nothing. */
    public static ProfileRecordings ofThisRun() {
        String dir = System.getProperty(PROPERTY, "");
        return new ProfileRecordings(dir.isBlank() ? null : Path.of(dir));
    }

    /** Moves the service's finished recording, if any, to {@code DIR/<phase>/<service>.jfr}. */
    public void keep(String service, String phase) {
        if (dir == null) {
            return;
        }
        Path recording = dir.resolve(service + ".jfr");
        if (!Files.exists(recording)) {
            return;
        }
        try {
            Path target = Files.createDirectories(dir.resolve(phase)).resolve(recording.getFileName());
            Files.move(recording, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the recording " + recording, e);
        }
    }
}
