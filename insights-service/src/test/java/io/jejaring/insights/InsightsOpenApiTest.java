package io.jejaring.insights;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.openapi.OpenApiDocumentationTest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class InsightsOpenApiTest extends OpenApiDocumentationTest {
}
