package io.jejaring.web.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class NetworkResourceTest {

    private static final String REACH = "/api/v1/insights/reach";
    private static final String HISTORY = "/api/v1/insights/reach/history";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String UNAVAILABLE = "insights-service is unavailable right now";

    @BeforeEach
    void reset() {
        FakeServices.reset();
        FakeServices.answer("GET", REACH, 200, figures(18, 57, Instant.now()));
        FakeServices.answer("GET", HISTORY, 200, """
                {"items":[{"day":"%s","figures":%s},{"day":"%s","figures":%s}],"nextCursor":null}"""
                .formatted(TODAY.minusDays(2), figures(15, 44, TODAY.minusDays(2).atTime(23, 0).toInstant(ZoneOffset.UTC)),
                        TODAY.minusDays(1), figures(16, 50, TODAY.minusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC))));
    }

    /** The figures of insights-service's own example, with these reach numbers. */
    private static String figures(int active, int secondDegree, Instant computedAt) {
        return """
                {"totalContacts":42,"activeContacts":%d,"secondDegreeReach":%d,
                 "layers":{"1":3,"2":6,"3":9,"4":12,"5":12},
                 "breadth":{"communities":5,"cultures":3,"ageBands":4},
                 "diversity":{"community":0.72,"culture":0.48,"ageBand":0.66},
                 "channelMix":{"IN_PERSON":14,"PHONE":6,"VIDEO":4,"EMAIL":9,"MESSAGE":11,"SOCIAL":3},
                 "reciprocity":{"me":25,"them":22,"initiationBalance":0.06},
                 "generosity":{"gave":12,"received":4,"balance":0.5},
                 "integrity":{"kept":7,"broken":1,"keptRate":0.88,"theirKept":4,"theirBroken":2,"theirKeptRate":0.67},
                 "overdueCount":5,"computedAt":"%s"}""".formatted(active, secondDegree, computedAt);
    }

    private static String page() {
        return SignedIn.as("owner-a").header("Accept-Language", "en").get("/network").then().statusCode(200)
                .extract().asString();
    }

    private static String byId(String html, String id) {
        return new XmlPath(XmlPath.CompatibilityMode.HTML, html).getString("**.find { it.@id == '" + id + "' }").trim();
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section#%s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theReachTableHoldsTheLatestReachNumbers() {
        String html = page();

        assertThat(byId(html, "active-network")).isEqualTo("18");
        assertThat(byId(html, "second-degree-reach")).isEqualTo("57");
        assertThat(html).contains("<td id=\"active-network\" data-value=\"18\">")
                .contains("<td id=\"second-degree-reach\" data-value=\"57\">");
    }

    @Test
    void thePlotsDataIsWellFormedJsonWithTheHistoryEndingInTodaysFigures() throws Exception {
        Matcher block = Pattern.compile("<script type=\"application/json\" id=\"reach-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page());
        assertThat(block.find()).isTrue();

        JsonNode data = new ObjectMapper().readTree(block.group(1));
        List<Long> days = List.of(TODAY.minusDays(2), TODAY.minusDays(1), TODAY).stream()
                .map(day -> day.atStartOfDay(ZoneOffset.UTC).toEpochSecond()).toList();
        assertThat(data.get("days")).extracting(JsonNode::asLong).containsExactlyElementsOf(days);
        assertThat(data.get("active")).extracting(JsonNode::asInt).containsExactly(15, 16, 18);
        assertThat(data.get("secondDegree")).extracting(JsonNode::asInt).containsExactly(44, 50, 57);
    }

    @Test
    void thePlotHasASentenceAndEveryDayATableWithTheSameNumbers() {
        String html = page();

        assertThat(html).contains("id=\"reach-plot\" role=\"img\"")
                .contains("your active network went from 15 to 18 people, and your second-degree reach from 44 to 57");
        String history = html.substring(html.indexOf("<table id=\"reach-history\""));
        assertThat(history.replaceAll("\\s+", " ")).containsSubsequence("<td>18</td><td>57</td>", "<td>16</td><td>50</td>",
                "<td>15</td><td>44</td>");
    }

    @Test
    void withoutHistoryYetThePlotStartsWithTodayAndSaysSo() {
        FakeServices.answer("GET", HISTORY, 200, "{\"items\":[],\"nextCursor\":null}");

        String reach = section(page(), "reach");

        assertThat(reach).contains("There is no daily history yet").contains("id=\"reach-plot\"")
                .contains("{\"days\":[" + TODAY.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + "],\"active\":[18],\"secondDegree\":[57]}")
                .doesNotContain("id=\"reach-history\"");
        assertThat(byId(reach, "active-network")).isEqualTo("18");
    }

    @Test
    void theHistoryIsAskedForTheLastNinetyDaysInOnePage() {
        page();

        assertThat(FakeServices.calls()).extracting(FakeServices.Call::pathAndQuery)
                .contains(HISTORY + "?from=" + TODAY.minusDays(89) + "&to=" + TODAY + "&limit=90");
    }

    @Test
    void layersDiversityAndChannelsAreBarsWithTheirNumbersBeside() {
        String html = page();

        assertThat(section(html, "layers")).containsSubsequence("1. Support clique", ">3<", "bar bar-25",
                "2. Sympathy group", ">6<", "bar bar-50", "4. Friends", ">12<", "bar bar-100", "5. Everyone else", ">12<");
        assertThat(section(html, "diversity")).containsSubsequence("Communities", ">5<", ">0.72<", "bar bar-70",
                "Cultures", ">3<", ">0.48<", "bar bar-50", "Age bands", ">4<", ">0.66<", "bar bar-65");
        assertThat(section(html, "channels")).contains("47 interactions by channel")
                .containsSubsequence("In person", ">14<", ">30%<", "bar bar-100", "Video", ">4<", "Phone", ">6<",
                        "Message", ">11<", "Email", ">9<", "Social media", ">3<");
    }

    @Test
    void eachGaugeIsAMeterWithASentenceInWords() {
        String gauges = section(page(), "gauges");

        assertThat(gauges).contains("<meter id=\"reciprocity-meter\" aria-labelledby=\"reciprocity-heading\" min=\"-1\" max=\"1\"")
                .contains("value=\"0.06\"")
                .contains("Contact goes both ways: you reached out 25 times and others 22 times in the last year.")
                .contains("value=\"0.5\"")
                .contains("You give more than you receive: you helped 12 times and were helped 4 times in the last year.")
                .contains("value=\"0.88\"")
                .contains("You keep most of your promises: 88% of those that came due were kept (7 kept, 1 broken).")
                .contains("Many promises made to you slipped: only 67% were kept (4 kept, 2 broken).");
    }

    @Test
    void aGaugeWithNothingCountedSaysSoWithoutAMeter() {
        FakeServices.answer("GET", REACH, 200, figures(18, 57, Instant.now())
                .replace("\"initiationBalance\":0.06", "\"initiationBalance\":null")
                .replace("\"keptRate\":0.88", "\"keptRate\":null"));

        String gauges = section(page(), "gauges");

        assertThat(gauges).doesNotContain("reciprocity-meter").doesNotContain("id=\"integrity-meter\"")
                .contains("No one has reached out either way in the last year.")
                .contains("None of your promises has come due yet.");
    }

    @Test
    void whenReachIsUnavailableEachOfItsSectionsSaysSoAndThePlotStays() {
        FakeServices.answer("GET", REACH, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        String html = page();

        for (String section : List.of("layers", "diversity", "channels", "gauges")) {
            assertThat(section(html, section)).contains("class=\"unavailable\" role=\"status\"").contains(UNAVAILABLE);
        }
        assertThat(html).doesNotContain("id=\"reach-table\"").contains("id=\"reach-plot\"").contains("id=\"reach-data\"");
    }

    @Test
    void whenTheHistoryIsUnavailableThePlotSaysSoAndTheRestStays() {
        FakeServices.answer("GET", HISTORY, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        String html = page();

        assertThat(section(html, "reach")).contains("class=\"unavailable\" role=\"status\"").contains(UNAVAILABLE)
                .doesNotContain("id=\"reach-data\"").contains("id=\"reach-table\"");
        assertThat(byId(html, "active-network")).isEqualTo("18");
        for (String section : List.of("layers", "diversity", "channels", "gauges")) {
            assertThat(section(html, section)).doesNotContain(UNAVAILABLE);
        }
    }

    @Test
    void thePageHasNoInlineScriptOrStyle() {
        String html = page();

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")").matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("style=").doesNotContain("<style").containsPattern("<script src=\"/static/network.js\" defer>");
    }

    @Test
    void inIndonesianTheWordsAndNumbersAreIndonesian() {
        String html = SignedIn.as("owner-a").header("Accept-Language", "id").get("/network").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Jangkauan dari waktu ke waktu").contains("Lapisan Dunbar").contains(">0,72<")
                .contains("Hubungan berjalan dua arah");
    }

    @Test
    void withoutASessionThePageSendsToSignIn() {
        given().redirects().follow(false).get("/network").then().statusCode(303)
                .header("Location", containsString("/signin"));
    }
}
