package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The demo against stand-in services over HTTP: what it asks, what it sends, and what it prints. */
class DemoNetworkTest {

    static final String CONTACT = "00000000-0000-0000-0000-00000000000a";
    static final Map<String, String> ANSWERS = Map.of(
            "/api/v1/contacts", "{\"items\":[{\"id\":\"" + CONTACT + "\",\"displayName\":\"Ayu Lestari\"}],\"nextCursor\":null}",
            "/api/v1/insights/reach", "{\"totalContacts\":1,\"activeContacts\":1,\"secondDegreeReach\":1,\"overdueCount\":0,"
                    + "\"integrity\":{\"kept\":0,\"broken\":0,\"keptRate\":null}}",
            "/api/v1/insights/overdue", "{\"items\":[],\"nextCursor\":null}",
            "/api/v1/insights/suggestions", "{\"items\":[],\"nextCursor\":null}",
            "/api/v1/insights/contacts/" + CONTACT, "{\"contactId\":\"" + CONTACT + "\",\"flags\":[\"YOU_OWE\"],"
                    + "\"balances\":{\"me\":1,\"them\":3,\"gave\":0,\"received\":3}}",
            "/api/v1/commitments", "{\"items\":[],\"nextCursor\":null}");

    final List<String> requests = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    HttpServer services;

    @BeforeEach
    void startStandIns() throws IOException {
        services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        services.createContext("/", this::answer);
        services.start();
    }

    @AfterEach
    void stop() {
        services.stop(0);
    }

    @Test
    void anOwnerWithContactsIsNotSeededAgainAndIsToldHowToStartAfresh() {
        String url = "http://127.0.0.1:" + services.getAddress().getPort();
        new DemoNetwork(new JsonApi("a-token"), new Endpoints(url, url, url), "demo-owner",
                new PrintStream(out, true, StandardCharsets.UTF_8)).seedAndShow();

        assertThat(requests).allMatch(request -> request.startsWith("GET "), "nothing was written");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Not seeding the demo network: owner 'demo-owner' already has 1 contact.")
                .contains("./jejaring up --fresh --demo")
                .doesNotContain("Seeding the demo network")
                .containsPattern("Ayu Lestari +YOU_OWE");
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        String body = ANSWERS.get(exchange.getRequestURI().getPath());
        byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
