package io.jejaring.web.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.localinfra.Ports;
import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.testing.SignedIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;

/** With the live consumer on and no broker answering, web starts, serves its pages and stays ready. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(value = KafkaDownTest.NoBroker.class, restrictToAnnotatedClass = true)
class KafkaDownTest {

    /** The live consumer switched on, pointed at a port where nothing listens. */
    public static class NoBroker implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + Ports.free(),
                    "mp.messaging.incoming.insights.enabled", "true",
                    "%test.mp.messaging.incoming.insights.enabled", "true");
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void pagesAndReadinessDoNotWaitForKafka() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/insights/overdue", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", "/api/v1/insights/suggestions", 200, "{\"items\":[],\"nextCursor\":null}");
        FakeServices.answer("GET", "/api/v1/commitments", 200, "{\"items\":[],\"nextCursor\":null}");

        assertThat(SignedIn.as("owner-a").get("/").statusCode()).isEqualTo(200);
        URI management = URI.create(TestHTTPResourceManager.getManagementUri());
        given().baseUri(management.getScheme() + "://" + management.getHost()).port(management.getPort())
                .get("/q/health/ready").then().statusCode(200);
    }
}
