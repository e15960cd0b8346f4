package io.jejaring.web.session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a JWT's subject without checking it: the fake services only need to know whom web asked for. */
final class TokenClaims {

    private TokenClaims() {
    }

    static String subject(String jwt) {
        try {
            byte[] claims = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
            return new ObjectMapper().readTree(new String(claims, StandardCharsets.UTF_8)).get("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
