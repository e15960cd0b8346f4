package io.jejaring.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the browser tests save a PNG of each page: {@code web/target/screenshots/} always, and also the folder
 * {@code JEJARING_SCREENSHOTS} names (relative to the repository root), which regenerates the committed set:
 * {@code JEJARING_SCREENSHOTS=docs/screenshots}.
 */
final class Screenshots {

    static final String FOLDER = "JEJARING_SCREENSHOTS";

    private final List<Path> folders = new ArrayList<>();

    Screenshots(Path repositoryRoot) {
        folders.add(repositoryRoot.resolve("web/target/screenshots"));
        String extra = System.getenv(FOLDER);
        if (extra != null && !extra.isBlank()) {
            folders.add(repositoryRoot.resolve(extra));
        }
    }

    void save(String name, byte[] png) {
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
                Path file = folder.resolve(name + ".png");
                Path next = folder.resolve(name + ".png.next");
                Files.write(next, png);
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + name, e);
        }
    }
}
