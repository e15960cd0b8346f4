package io.jejaring.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things are in the repository, found from this module's directory. */
final class Repo {

    static final List<String> SERVICES = List.of("contacts-service", "interactions-service", "insights-service");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    static final Path ROOT = locateRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path PLUMBING = ROOT.resolve("service-plumbing/runtime");

    private Repo() {
    }

    static Path service(String service) {
        return ROOT.resolve(service);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the nearest directory up from here that holds the parent pom and events/. */
    private static Path locateRoot() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("events"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
