package io.jejaring.plumbing.web;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals paging cursors with AES-256-GCM, so that a cursor shows a client nothing of the sort key it carries (a
 * display name ends up in URLs and access logs otherwise) and any change to it is detected. A sealed cursor is
 * base64url of a random 12-byte nonce followed by the ciphertext and its tag.
 */
public final class CursorSeal {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    // Until a service installs its stable key at start, a key of this process alone: cursors then last as long as it.
    private static volatile CursorSeal current = new CursorSeal(randomKey());

    private final SecretKeySpec key;

    public CursorSeal(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a cursor key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The seal every cursor of this process is made and opened with. */
    public static CursorSeal current() {
        return current;
    }

    public static void install(CursorSeal seal) {
        current = seal;
    }

    public String seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain);
            return ENCODER.encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** What was sealed, or empty for anything this key did not seal: garbage, a changed cursor, another key's. */
    public Optional<byte[]> open(String sealed) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            // the decoder ignores a last character's spare bits, so a changed one would still open: only the
            // canonical spelling of the bytes is the cursor
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8 || !ENCODER.encodeToString(bytes).equals(sealed)) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES));
            return Optional.of(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
