package io.jejaring.insights;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void layersPointDownOnly() {
        ServiceArchitecture.check("io.jejaring.insights");
    }
}
