package io.jejaring.system.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Debian's Chromium and its chromedriver (packages {@code chromium} and {@code chromium-driver}), found on the PATH. */
record BrowserBinaries(Path chromium, Path chromedriver) {

    static final String CHROMIUM = "chromium";
    static final String CHROMEDRIVER = "chromedriver";

    /** Both, or empty when either is missing. */
    static Optional<BrowserBinaries> find() {
        Optional<Path> chromium = onPath(CHROMIUM);
        Optional<Path> chromedriver = onPath(CHROMEDRIVER);
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BrowserBinaries(chromium.get(), chromedriver.get()));
    }

    /** The names of the missing ones, for the line that says why the browser tests did not run. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        onPath(CHROMIUM).ifPresentOrElse(found -> { }, () -> missing.add(CHROMIUM));
        onPath(CHROMEDRIVER).ifPresentOrElse(found -> { }, () -> missing.add(CHROMEDRIVER));
        return missing;
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
