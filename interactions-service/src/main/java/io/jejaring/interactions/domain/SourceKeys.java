package io.jejaring.interactions.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A source key as it is stored: its SHA-256 in hex, so that UIDs and Message-IDs (which may name people) are not. */
final class SourceKeys {

    private SourceKeys() {
    }

    static String hash(String sourceKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sourceKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
