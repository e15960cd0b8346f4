package io.jejaring.web.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.jejaring.web.testing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** The Kubernetes way in: the code flow at an identity provider (a WireMock stand-in for Keycloak). */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(OidcSignInTest.WithProvider.class)
class OidcSignInTest {

    /** The stand-in provider's `sub` for the user who signs in as alice: the owner, whatever the login name. */
    private static final String PROVIDERS_SUBJECT_FOR_ALICE = "123456";

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jejaring.web.signin", "oidc",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-web-app",
                    "quarkus.oidc.credentials.secret", "secret");
        }
    }

    @Test
    void theCodeFlowOpensASessionWhoseCallsCarryTheProvidersTokenForItsSubject() {
        FakeServices.reset();
        FakeServices.answerAnEmptyToday();
        Map<String, String> cookies = new HashMap<>();
        Response login = browse(appUrl("/"), cookies);
        String provider = ConfigProvider.getConfig().getValue("keycloak.url", String.class).replaceFirst("/auth$", "");
        browse(provider + "/login?username=alice&password=alice"
                + "&state=" + login.htmlPath().getString("**.find { it.@id == 'state' }.@value")
                + "&redirect_uri=" + login.htmlPath().getString("**.find { it.@id == 'redirect_uri' }.@value"), cookies);
        Response page = browse(appUrl("/"), cookies);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Overdue relationships");
        assertThat(FakeServices.calls()).isNotEmpty().allSatisfy(call ->
                assertThat(TokenClaims.subject(call.authorization().substring("Bearer ".length()))).isEqualTo(PROVIDERS_SUBJECT_FOR_ALICE));
    }

    /** Follows redirects across the app and the provider as a browser does, keeping every cookie set on the way. */
    private static Response browse(String url, Map<String, String> cookies) {
        for (int hop = 0; hop < 10; hop++) {
            Response response = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false).get(url);
            response.getDetailedCookies().forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            String location = response.getHeader("Location");
            url = location.startsWith("/") ? appUrl(location) : location;
        }
        throw new AssertionError("more than 10 redirects from " + url);
    }

    private static String appUrl(String path) {
        return "http://localhost:" + io.restassured.RestAssured.port + path;
    }

    @Test
    void aOneTimeLinkMeansNothingWhenAProviderSignsPeopleIn() {
        given().redirects().follow(false).queryParam("code", FakeServices.tokens().signInCode("owner-a"))
                .get("/signin").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/signin/oidc"));
    }
}
