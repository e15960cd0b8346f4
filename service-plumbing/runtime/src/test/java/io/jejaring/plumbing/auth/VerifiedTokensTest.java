package io.jejaring.plumbing.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class VerifiedTokensTest {

    static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

    final MovableClock clock = new MovableClock();
    final VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofMinutes(5), clock);

    @Test
    void aRememberedTokenIsFoundUntilItsExp() {
        JsonWebToken ayu = verified("ayu", START.plusSeconds(60));
        tokens.remember("token-of-ayu", ayu);

        assertThat(tokens.find("token-of-ayu")).isSameAs(ayu);
        clock.now = START.plusSeconds(59);
        assertThat(tokens.find("token-of-ayu")).isSameAs(ayu);
        clock.now = START.plusSeconds(60);
        assertThat(tokens.find("token-of-ayu")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsForgottenAfterTheMaxAge() {
        tokens.remember("token-of-ayu", verified("ayu", START.plus(Duration.ofHours(24))));

        clock.now = START.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertThat(tokens.find("token-of-ayu")).isNotNull();
        clock.now = START.plus(Duration.ofMinutes(5));
        assertThat(tokens.find("token-of-ayu")).isNull();
    }

    @Test
    void onlyTheExactStringMatches() {
        tokens.remember("header.payload.signature", verified("ayu", START.plusSeconds(60)));

        assertThat(tokens.find("header.payload.signaturf")).isNull();
        assertThat(tokens.find("header.payloae.signature")).isNull();
        assertThat(tokens.find("header.payload.signature ")).isNull();
        assertThat(tokens.find("header.payload.signature")).isNotNull();
    }

    @Test
    void eachTokenKeepsItsOwnOwner() {
        JsonWebToken ayu = verified("ayu", START.plusSeconds(60));
        JsonWebToken budi = verified("budi", START.plusSeconds(60));
        tokens.remember("token-of-ayu", ayu);
        tokens.remember("token-of-budi", budi);

        assertThat(tokens.find("token-of-ayu").getSubject()).isEqualTo("ayu");
        assertThat(tokens.find("token-of-budi").getSubject()).isEqualTo("budi");
    }

    @Test
    void tokensAlreadyExpiredOrWithoutExpAreNotRemembered() {
        tokens.remember("expired", verified("ayu", START.minusSeconds(1)));
        tokens.remember("expiring-now", verified("ayu", START));
        tokens.remember("no-exp", verified("ayu", null));

        assertThat(tokens.size()).isZero();
    }

    @Test
    void theBoundHoldsAndExpiredEntriesGoFirst() {
        for (int i = 0; i < 5; i++) {
            tokens.remember("short-" + i, verified("ayu", START.plusSeconds(10)));
        }
        for (int i = 0; i < 5; i++) {
            tokens.remember("long-" + i, verified("ayu", START.plusSeconds(100)));
        }
        clock.now = START.plusSeconds(10);

        tokens.remember("new", verified("ayu", START.plusSeconds(100)));

        assertThat(tokens.size()).isEqualTo(6);
        assertThat(tokens.find("new")).isNotNull();
        for (int i = 0; i < 5; i++) {
            assertThat(tokens.find("long-" + i)).isNotNull();
        }
    }

    @Test
    void whenNothingHasExpiredArbitraryEntriesMakeRoom() {
        for (int i = 0; i < 100; i++) {
            tokens.remember("token-" + i, verified("ayu", START.plusSeconds(100)));
            assertThat(tokens.size()).isLessThanOrEqualTo(10);
        }
        assertThat(tokens.find("token-99")).isNotNull();
    }

    @Test
    void aCacheOfNothingIsRefused() {
        assertThatThrownBy(() -> new VerifiedTokens(0, Duration.ofMinutes(5), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedTokens(10, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static JsonWebToken verified(String owner, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(owner);
        if (expiresAt != null) {
            claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        }
        return new DefaultJWTCallerPrincipal(claims);
    }

    static final class MovableClock extends Clock {
        Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
