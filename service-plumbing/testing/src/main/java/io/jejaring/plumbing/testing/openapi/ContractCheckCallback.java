package io.jejaring.plumbing.testing.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Installs {@link ContractFilter} for every {@code @QuarkusTest} of a service whose configuration turns the check on
 * ({@code %test.jejaring.openapi.contract-check=true} in its application.properties), and takes it away otherwise.
 * Registered as a service, so a service's tests get it by depending on the testing module.
 */
public class ContractCheckCallback implements QuarkusTestBeforeEachCallback {

    public static final String SWITCH = "jejaring.openapi.contract-check";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean enabled = ConfigProvider.getConfig().getOptionalValue(SWITCH, Boolean.class).orElse(false);
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        boolean installed = filters.removeIf(filter -> filter instanceof ContractFilter);
        if (enabled) {
            filters.add(new ContractFilter());
        }
        if (enabled || installed) {
            RestAssured.replaceFiltersWith(filters);
        }
    }
}
