package io.jejaring.plumbing.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Installs the key cursors are sealed with when the service starts. It is {@code jejaring.cursor.key} (base64 of 32
 * bytes) when set; otherwise a random key the service keeps in its own database, made once by whichever replica
 * starts first. Either way every replica seals with the same key, and cursors outlive restarts.
 */
@ApplicationScoped
public class CursorKeys {

    static final String KEY_PROPERTY = "jejaring.cursor.key";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = KEY_PROPERTY)
    Optional<String> configured;

    void onStart(@Observes StartupEvent start) {
        CursorSeal.install(new CursorSeal(key()));
    }

    byte[] key() {
        if (configured.isPresent()) {
            return configuredKey(configured.get());
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cursor_key (id, key) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setBytes(1, CursorSeal.randomKey());
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT key FROM cursor_key WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the cursor key could not be read from the database", e);
        }
    }

    static byte[] configuredKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not base64");
        }
        if (key.length != CursorSeal.KEY_BYTES) {
            throw new IllegalStateException(KEY_PROPERTY + " must be base64 of " + CursorSeal.KEY_BYTES + " bytes, not "
                    + key.length);
        }
        return key;
    }
}
