package io.jejaring.plumbing.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The package rule every service keeps, so each reads the same way from the top down: {@code api} (REST in) and
 * {@code consume} (Kafka in) and {@code jobs} (scheduled triggers) call {@code domain} (the rules), which calls
 * {@code store} (every query of the service's tables). Arrows point down only. A service states it in one line:
 * {@code ServiceArchitecture.check("io.jejaring.contacts")}.
 */
public final class ServiceArchitecture {

    private static final String ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final String ENTITY_MANAGER = "jakarta.persistence.EntityManager";
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final List<String> CDI_SCOPES = List.of("jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton");
    /** The plumbing's HTTP-side helpers: the API reads headers and bodies into typed values before the domain. */
    private static final List<String> HTTP_HELPERS = List.of("io.jejaring.plumbing.web.IfMatch",
            "io.jejaring.plumbing.web.MergePatcher", "io.jejaring.plumbing.web.QueryParams",
            "io.jejaring.plumbing.problem.Problem", "io.jejaring.plumbing.problem.ProblemException");

    private ServiceArchitecture() {
    }

    /** Fails with every violation when the compiled main classes under {@code servicePackage} break a rule. */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        rules(servicePackage).check(classes);
    }

    public static ArchRule rules(String servicePackage) {
        String api = servicePackage + ".api..";
        String consume = servicePackage + ".consume..";
        String jobs = servicePackage + ".jobs..";
        String domain = servicePackage + ".domain..";
        String store = servicePackage + ".store..";
        return CompositeArchRule.of(
                noClasses().that().resideInAnyPackage(domain, store)
                        .should().dependOnClassesThat().resideInAnyPackage(api, consume, jobs, "jakarta.ws.rs..")
                        .orShould().dependOnClassesThat(nameIn(HTTP_HELPERS))
                        .as("domain and store know neither the entry points nor HTTP"))
                .and(noClasses().that().resideInAPackage(store)
                        .should().dependOnClassesThat(domainServices(domain))
                        .as("store does not call domain services"))
                .and(noClasses().that().resideInAPackage(api)
                        .should().callMethodWhere(staticEntityQuery())
                        .orShould().dependOnClassesThat().areAssignableTo(ENTITY_MANAGER)
                        .as("resources hold no queries: no entity's static query methods, no EntityManager"))
                .and(methods().that().areAnnotatedWith(SCHEDULED).should().beDeclaredInClassesThat().resideInAPackage(jobs)
                        .allowEmptyShould(true)
                        .as("scheduled triggers live in jobs"))
                .and(slices().matching(servicePackage + ".(**)").should().beFreeOfCycles()
                        .as("no package cycles"));
    }

    private static DescribedPredicate<JavaClass> nameIn(List<String> names) {
        return describe("one of " + names, type -> names.contains(type.getName()));
    }

    private static DescribedPredicate<JavaClass> domainServices(String domainPackage) {
        String prefix = domainPackage.substring(0, domainPackage.length() - 2);
        return describe("domain services (CDI beans in " + prefix + ")",
                type -> type.getPackageName().startsWith(prefix) && type.getAnnotations().stream()
                        .map(JavaAnnotation::getRawType).anyMatch(annotation -> CDI_SCOPES.contains(annotation.getName())));
    }

    private static DescribedPredicate<JavaMethodCall> staticEntityQuery() {
        return describe("a static method of a Panache entity",
                call -> call.getTargetOwner().isAssignableTo(ENTITY) && call.getTarget().resolveMember()
                        .map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(true));
    }
}
