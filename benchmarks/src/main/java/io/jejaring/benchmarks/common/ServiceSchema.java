package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/**
 * A service's tables as the service itself makes them: the plumbing's Flyway migrations and its own, the locations
 * the services' shared configuration names ({@code db/plumbing}, {@code db/migration}), run from the repository's
 * sources into a schema of some other database. Nothing is typed again here, so a baseline cannot drift from them.
 */
public final class ServiceSchema {

    public static final String PLUMBING_MIGRATIONS = "service-plumbing/runtime/src/main/resources/db/plumbing";
    public static final String SHARED_CONFIG = "service-plumbing/runtime/src/main/resources/META-INF/microprofile-config.properties";
    private static final String PLACEHOLDER = "quarkus.flyway.placeholders.";

    private ServiceSchema() {
    }

    /** The folders of {@code service}'s migrations, the plumbing's first, under {@code repositoryRoot}. */
    public static List<Path> migrations(Path repositoryRoot, String service) {
        return List.of(repositoryRoot.resolve(PLUMBING_MIGRATIONS),
                repositoryRoot.resolve(service).resolve("src/main/resources/db/migration"));
    }

    /** Creates {@code schema} in the database at {@code jdbcUrl}, with {@code service}'s tables in it, empty. */
    public static void migrate(Path repositoryRoot, String service, String jdbcUrl, String user, String password, String schema) {
        List<Path> folders = migrations(repositoryRoot, service);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("no migrations at " + folder + ": is " + repositoryRoot
                        + " the repository's root?");
            }
        }
        Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations(folders.stream().map(folder -> "filesystem:" + folder.toAbsolutePath()).toArray(String[]::new))
                .schemas(schema)
                .placeholders(placeholders(repositoryRoot))
                .load()
                .migrate();
    }

    /** The placeholders the services' shared configuration gives Flyway (the plumbing's afterMigrate uses them). */
    static Map<String, String> placeholders(Path repositoryRoot) {
        Properties shared = new Properties();
        try (Reader in = Files.newBufferedReader(repositoryRoot.resolve(SHARED_CONFIG))) {
            shared.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> placeholders = new HashMap<>();
        shared.stringPropertyNames().stream().filter(name -> name.startsWith(PLACEHOLDER))
                .forEach(name -> placeholders.put(name.substring(PLACEHOLDER.length()), shared.getProperty(name)));
        return placeholders;
    }
}
