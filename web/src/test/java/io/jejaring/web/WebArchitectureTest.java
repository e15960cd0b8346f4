package io.jejaring.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The web app reads from the top down: each page area (today, network, people, promises, transfer, settings) stands
 * on the shared parts (session, backend, page, i18n, live) and on nothing of another area; the shared parts know no
 * area. An area can then be read, changed or removed alone.
 */
class WebArchitectureTest {

    private static final String[] SHARED = {"io.jejaring.web.session..", "io.jejaring.web.backend..",
        "io.jejaring.web.page..", "io.jejaring.web.i18n..", "io.jejaring.web.live.."};
    private static final String[] AREAS = {"io.jejaring.web.today..", "io.jejaring.web.network..",
        "io.jejaring.web.people..", "io.jejaring.web.promises..", "io.jejaring.web.transfer..",
        "io.jejaring.web.settings.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.jejaring.web");

    @Test
    void pageAreasDoNotDependOnEachOther() {
        for (String area : AREAS) {
            String[] others = Arrays.stream(AREAS).filter(other -> !other.equals(area)).toArray(String[]::new);
            noClasses().that().resideInAPackage(area).should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void theSharedPartsKnowNoPageArea() {
        noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat().resideInAnyPackage(AREAS)
                .check(classes);
    }
}
