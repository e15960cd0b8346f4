package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.auth.CachingJwtParser;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** With the verified-token cache on (the default), a token changed in any way or past its exp is still refused. */
@QuarkusTest
@TestProfile(TokenCacheTest.OneSecondClockSkew.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class TokenCacheTest {

    /** The verifier allows 60 s of clock skew past exp by default (and 0 means that default): 1 s keeps the wait short. */
    public static class OneSecondClockSkew implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.clock.skew", "1");
        }
    }

    static final String PROBLEM = "application/problem+json";

    @Inject
    JWTParser parser;

    final String owner = TestTokens.newOwner();

    @Test
    void theServicesVerifyTokensThroughTheCache() throws ParseException {
        String token = TestTokens.forOwner(owner);

        assertThat(parser).isInstanceOf(CachingJwtParser.class);
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        assertThatThrownBy(() -> parser.parse(changedInSignature(token))).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenChangedAfterItWasAcceptedIsRefused() {
        String token = TestTokens.forOwner(owner);
        String stranger = TestTokens.newOwner();
        createContact(token, "Ayu Lestari");
        listContacts(token).then().statusCode(200);

        for (String tampered : new String[] {changedInSignature(token), withSubject(token, owner, stranger)}) {
            listContacts(tampered).then().statusCode(401).contentType(PROBLEM)
                    .body("type", equalTo("urn:jejaring:problem:unauthorized"));
        }
        listContacts(token).then().statusCode(200).body("items.displayName", contains("Ayu Lestari"));
    }

    @Test
    void aCachedTokenIsRefusedOnceItsExpPasses() {
        listContacts(TestTokens.forOwner(owner)).then().statusCode(200); // a warm service, so the short token's seconds go to the test
        Duration lifetime = Duration.ofSeconds(8);
        String token = TestTokens.expiringIn(owner, lifetime);
        // exp is in whole seconds, at most now + lifetime; the verifier refuses it a skew's second after
        Instant expiredSurely = Instant.now().plus(lifetime).plusSeconds(2);

        listContacts(token).then().statusCode(200);
        listContacts(token).then().statusCode(200);
        await().atMost(lifetime.plusSeconds(10)).until(() -> Instant.now().isAfter(expiredSurely));

        listContacts(token).then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:jejaring:problem:token-expired"));
    }

    @Test
    void twoOwnersCachedTokensNeverMix() {
        String ayusOwner = TestTokens.newOwner();
        String budisOwner = TestTokens.newOwner();
        String ayus = TestTokens.forOwner(ayusOwner);
        String budis = TestTokens.forOwner(budisOwner);
        createContact(ayus, "Ayu's friend");
        createContact(budis, "Budi's friend");

        for (int round = 0; round < 3; round++) {
            listContacts(ayus).then().statusCode(200).body("items.displayName", contains("Ayu's friend"));
            listContacts(budis).then().statusCode(200).body("items.displayName", contains("Budi's friend"));
        }
    }

    static io.restassured.response.Response listContacts(String token) {
        return given().auth().oauth2(token).get("/api/v1/contacts");
    }

    static void createContact(String token, String name) {
        given().auth().oauth2(token).contentType("application/json").body("{\"displayName\":\"" + name + "\"}")
                .post("/api/v1/contacts").then().statusCode(201);
    }

    /** One character in the middle of the signature changed (the last one may only carry padding bits). */
    static String changedInSignature(String token) {
        int middle = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char replacement = token.charAt(middle) == 'A' ? 'B' : 'A';
        return token.substring(0, middle) + replacement + token.substring(middle + 1);
    }

    /** The same header and signature, with another owner as the payload's sub. */
    static String withSubject(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"sub\":\"" + from + "\"");
        String changed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + changed + "." + parts[2];
    }
}
