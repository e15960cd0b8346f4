package io.jejaring.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path data;

    @Test
    void keysAreReadableByTheirOwnerOnly() throws Exception {
        Path keys = data.resolve("keys");
        TokenIssuer.loadOrCreate(keys);

        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).hasSize(2).allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .as("%s", file.getFileName()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
    }

    @Test
    void keysLeftReadableByAnOlderVersionAreMadePrivateAndStillSign() throws Exception {
        Path keys = data.resolve("keys");
        String token = TokenIssuer.loadOrCreate(keys).publicKeyPem();
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(keys)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }

        assertThat(TokenIssuer.loadOrCreate(keys).publicKeyPem()).as("the same key pair").isEqualTo(token);
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
