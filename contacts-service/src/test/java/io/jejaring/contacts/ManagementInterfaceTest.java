package io.jejaring.contacts;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.Management;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health, metrics and the OpenAPI document are served on the management port only, so the API's port (the one
 * clients reach through the Ingress) serves the API alone. The shared plumbing config does this for every service.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ManagementInterfaceTest {

    private static final String[] OPERATIONS = {"/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics", "/q/openapi"};

    @Test
    void healthMetricsAndOpenApiAnswerOnTheManagementPort() {
        for (String path : OPERATIONS) {
            Management.given().get(path).then().statusCode(200);
        }
    }

    @Test
    void theApiPortServesNoneOfThem() {
        for (String path : OPERATIONS) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/swagger-ui").then().statusCode(404);
    }
}
