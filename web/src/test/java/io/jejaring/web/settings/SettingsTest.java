package io.jejaring.web.settings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.web.page.Pages;
import io.jejaring.web.session.SessionCookie;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class SettingsTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void theBrowsersZoneIsShownAndSelectedWithIndonesiasZonesFirst() {
        XmlPath html = SignedIn.as("owner-a").cookie(Pages.ZONE_COOKIE, "Asia/Makassar").get("/settings").then()
                .statusCode(200).extract().htmlPath();

        List<String> zones = html.getList("**.find { it.@id == 'zone' }.optgroup.option.@value");
        assertThat(zones).startsWith("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
        List<String> others = zones.subList(3, zones.size());
        List<String> sorted = new ArrayList<>(others);
        sorted.sort(null);
        assertThat(others).isEqualTo(sorted).contains("Europe/Amsterdam", "UTC").doesNotContain("Asia/Jakarta");
        assertThat(html.getString("**.find { it.@selected == 'selected' }.@value")).isEqualTo("Asia/Makassar");
        assertThat(html.getString("**.find { it.@id == 'current-zone' }")).contains("Asia/Makassar");
    }

    @Test
    void theZoneAsAppJsWritesItUrlEncodedIsRead() {
        XmlPath html = SignedIn.as("owner-a").cookie(Pages.ZONE_COOKIE, "Asia%2FJayapura").get("/settings").then()
                .statusCode(200).extract().htmlPath();

        assertThat(html.getString("**.find { it.@id == 'current-zone' }")).contains("Asia/Jayapura");
    }

    @Test
    void withoutAZoneCookieItIsUtc() {
        XmlPath html = SignedIn.as("owner-a").get("/settings").then().statusCode(200).extract().htmlPath();

        assertThat(html.getString("**.find { it.@id == 'current-zone' }")).contains("UTC");
    }

    @Test
    void aZoneFromTheListIsSavedInTheCookieThePagesReadAndAnythingElseChangesNothing() {
        String session = SignedIn.session("owner-a");
        Response page = given().cookie(SessionCookie.NAME, session).get("/settings");
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        Response saved = given().redirects().follow(false).cookie(SessionCookie.NAME, session)
                .cookies(page.getDetailedCookies()).formParam("csrf-token", csrf).formParam("zone", "Asia/Jayapura")
                .post("/settings");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/settings?saved=true");
        assertThat(saved.getDetailedCookie(Pages.ZONE_COOKIE).getValue()).isEqualTo("Asia%2FJayapura");
        assertThat(saved.getDetailedCookie(Pages.ZONE_COOKIE).getPath()).isEqualTo("/");
        assertThat(given().cookie(SessionCookie.NAME, session).cookie(saved.getDetailedCookie(Pages.ZONE_COOKIE))
                .get("/settings?saved=true").htmlPath().getString("**.find { it.@id == 'current-zone' }"))
                .contains("Asia/Jayapura");

        Response refused = given().redirects().follow(false).cookie(SessionCookie.NAME, session)
                .cookies(page.getDetailedCookies()).formParam("csrf-token", csrf).formParam("zone", "+07:00")
                .post("/settings");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.getDetailedCookie(Pages.ZONE_COOKIE)).isNull();
        assertThat(refused.asString()).contains("not a time zone on the list, so nothing changed");
    }

    @Test
    void savingNeedsASessionAndTheCsrfToken() {
        given().redirects().follow(false).formParam("zone", "Asia/Jakarta").post("/settings").then().statusCode(401);
        SignedIn.as("owner-a").formParam("zone", "Asia/Jakarta").post("/settings").then().statusCode(400);
    }
}
