package io.jejaring.plumbing.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The Flyway placeholders of the services' shared configuration ({@code quarkus.flyway.placeholders.*}), for tests
 * that run the migrations with Flyway itself rather than through Quarkus: the plumbing's scripts use them.
 */
public final class FlywayPlaceholders {

    private static final String PREFIX = "quarkus.flyway.placeholders.";

    private FlywayPlaceholders() {
    }

    public static Map<String, String> shared() {
        Map<String, String> placeholders = new HashMap<>();
        try {
            for (URL resource : Collections.list(FlywayPlaceholders.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties"))) {
                Properties properties = new Properties();
                try (InputStream in = resource.openStream()) {
                    properties.load(in);
                }
                properties.stringPropertyNames().stream().filter(name -> name.startsWith(PREFIX))
                        .forEach(name -> placeholders.put(name.substring(PREFIX.length()), properties.getProperty(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (placeholders.isEmpty()) {
            throw new IllegalStateException("no " + PREFIX + "* in the shared configuration");
        }
        return placeholders;
    }
}
