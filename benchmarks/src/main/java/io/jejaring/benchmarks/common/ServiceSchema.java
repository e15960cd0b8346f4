package io.jejaring.benchmarks.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;

/**
 * A service's tables as the service itself makes them: the plumbing's Flyway migrations and its own, the locations
 * the services' shared configuration names ({@code db/plumbing}, {@code db/migration}), run from the repository's
 * sources into a schema of some other database. Nothing is typed again here, so a baseline cannot drift from them.
 */
public final class ServiceSchema {

    public static final String PLUMBING_MIGRATIONS = "service-plumbing/runtime/src/main/resources/db/plumbing";

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
                .load()
                .migrate();
    }
}
