package io.jejaring.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things are in the repository, found from this module's directory. */
final class Repo {

    static final List<String> SERVICES = List.of("contacts-service", "interactions-service", "insights-service");
    /** The web app: a Deployment like the services', with no database of its own. */
    static final String WEB = "web";
    /** Every app the overlays run as a Deployment: the three services and the web app. */
    static final List<String> APPS = List.of("contacts-service", "interactions-service", "insights-service", WEB);
    static final List<String> OVERLAYS = List.of("dev", "prod");

    static final Path ROOT = locateRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path PLUMBING = ROOT.resolve("service-plumbing/runtime");

    private Repo() {
    }

    static Path service(String service) {
        return ROOT.resolve(service);
    }

    /**
     * Whether an app's code and configuration are in this checkout, for the checks that read them. The web app's
     * manifests and image can be written before its module; until it arrives, those checks skip it.
     */
    static boolean hasSources(String app) {
        return Files.isRegularFile(service(app).resolve("src/main/resources/application.properties"));
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
