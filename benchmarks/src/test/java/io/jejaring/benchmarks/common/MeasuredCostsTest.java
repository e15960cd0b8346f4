package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredCostsTest {

    @TempDir
    Path folder;

    @Test
    void theCostsOfRepeatedRunsAreEachTheirMedianAndAMissingRunOrNaNIsLeftOut() throws Exception {
        Path first = folder.resolve("writes-run-1.md");
        Path second = folder.resolve("writes-run-2.md");
        Path third = folder.resolve("writes-run-3.md");
        MeasuredCosts.write(first, Map.of("contacts.cpuMs.contacts-service", 3.0, "contacts.bytes.insights-service", Double.NaN));
        MeasuredCosts.write(second, Map.of("contacts.cpuMs.contacts-service", 1.0));
        MeasuredCosts.write(third, Map.of("contacts.cpuMs.contacts-service", 2.5));

        assertThat(MeasuredCosts.fileFor(first)).isEqualTo(folder.resolve("writes-run-1.costs.properties"));
        Map<String, Double> medians = MeasuredCosts.medians(List.of(MeasuredCosts.fileFor(first),
                MeasuredCosts.fileFor(second), MeasuredCosts.fileFor(third), folder.resolve("never-written.costs.properties")));
        assertThat(medians).containsExactly(Map.entry("contacts.cpuMs.contacts-service", 2.5));
    }
}
