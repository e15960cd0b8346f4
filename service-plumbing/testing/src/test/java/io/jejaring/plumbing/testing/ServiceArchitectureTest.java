package io.jejaring.plumbing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

class ServiceArchitectureTest {

    private static final String GOOD = "io.jejaring.plumbing.testing.layers.good";
    private static final String BAD = "io.jejaring.plumbing.testing.layers.bad";

    @Test
    void downwardLayersPass() {
        assertThat(evaluate(GOOD).hasViolation()).as(evaluate(GOOD).getFailureReport().toString()).isFalse();
    }

    @Test
    void everyRuleCatchesItsViolation() {
        String report = String.join("\n", evaluate(BAD).getFailureReport().getDetails());

        assertThat(report)
                .contains("HttpAwareService.fail()> calls constructor <jakarta.ws.rs.NotFoundException")
                .contains("HttpAwareService.resource> has type <" + BAD + ".api.QueryingResource>")
                .contains("BadEntity.callUp(" + BAD + ".domain.HttpAwareService)> calls method")
                .contains("QueryingResource.count()> calls method <" + BAD + ".store.BadEntity.count()>")
                .contains("QueryingResource.entityManager> has type <jakarta.persistence.EntityManager>")
                .contains("ScheduledListener.tick()> is not declared in classes that reside in a package '" + BAD + ".jobs..'")
                .contains("Cycle detected");
    }

    private static EvaluationResult evaluate(String servicePackage) {
        return ServiceArchitecture.rules(servicePackage).evaluate(new ClassFileImporter().importPackages(servicePackage));
    }
}
