package io.jejaring.plumbing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class PlumbingPackagesTest {

    @Test
    void noPackageCycles() {
        slices().matching("io.jejaring.plumbing.(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.jejaring.plumbing"));
    }
}
