package io.jejaring.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/** Signs RS256 tokens whose {@code sub} is the owner id, as the services expect them. */
public final class TokenIssuer {

    public static final String ISSUER = "https://jejaring.io/local";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    /** A sign-in code's issuer: the web app redeems it once; no service accepts it, whose issuer is not theirs. */
    public static final String SIGN_IN_ISSUER = "https://jejaring.io/local/sign-in";
    public static final String SIGN_IN_AUDIENCE = "jejaring-web";
    public static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(10);

    private static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    private static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private final KeyPair keys;

    private TokenIssuer(KeyPair keys) {
        this.keys = keys;
    }

    public static TokenIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenIssuer(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the key pair kept in {@code dir}, or makes one and keeps it there; only their owner may read them. */
    public static TokenIssuer loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            PrivateFiles.folder(dir);
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
                return new TokenIssuer(new KeyPair(publicKey, privateKey));
            }
            TokenIssuer issuer = generate();
            PrivateFiles.write(privateFile, pem("PRIVATE KEY", issuer.keys.getPrivate().getEncoded()));
            PrivateFiles.write(publicFile, issuer.publicKeyPem());
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable key pair in " + dir, e);
        }
    }

    public static Path publicKeyFile(Path dir) {
        return dir.resolve(PUBLIC_KEY_FILE);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    public String token(String ownerId) {
        return token(ownerId, DEFAULT_LIFETIME, Set.of());
    }

    public String token(String ownerId, Duration lifetime, Set<String> groups) {
        Instant now = Instant.now();
        return token(ownerId, now, now.plus(lifetime), groups);
    }

    public String token(String ownerId, Instant issuedAt, Instant expiresAt, Set<String> groups) {
        return Jwt.issuer(ISSUER)
                .subject(ownerId)
                .upn(ownerId)
                .groups(groups)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .sign(keys.getPrivate());
    }

    /** A one-time code for the web app's sign-in link: it names the owner, expires in 10 minutes, and works once. */
    public String signInCode(String ownerId) {
        Instant now = Instant.now();
        return Jwt.issuer(SIGN_IN_ISSUER)
                .audience(SIGN_IN_AUDIENCE)
                .subject(ownerId)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(SIGN_IN_LIFETIME))
                .sign(keys.getPrivate());
    }

    /** A token that is otherwise valid but signed by a key the services don't trust. */
    public static String foreignToken(String ownerId) {
        return generate().token(ownerId);
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims: the services must refuse it. */
    public static String unsigned(String ownerId) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + ownerId + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
