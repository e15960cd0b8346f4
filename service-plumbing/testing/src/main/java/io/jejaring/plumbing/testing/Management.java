package io.jejaring.plumbing.testing;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the service's management interface (health, metrics, OpenAPI) in a {@code @QuarkusTest}: it
 * listens on a port of its own, chosen free for each test run ({@code quarkus.management.test-port=0}).
 */
public final class Management {

    private Management() {
    }

    /** Paths as a client names them ({@code /q/health/ready}); the test URL Quarkus gives already ends in /q. */
    public static RequestSpecification given() {
        URI management = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given().baseUri(management.getScheme() + "://" + management.getHost()).port(management.getPort());
    }
}
