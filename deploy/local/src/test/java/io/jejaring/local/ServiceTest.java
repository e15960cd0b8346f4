package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceTest {

    /** Each service's management interface would otherwise take Quarkus's default, 9000, and only one could start. */
    @Test
    void everyServiceListensOnPortsOfItsOwn() {
        List<Integer> ports = Service.ALL.stream().flatMap(service -> service.ports().stream()).toList();
        assertThat(ports).doesNotHaveDuplicates().hasSize(2 * Service.ALL.size()).doesNotContain(9000);
        for (Service service : Service.ALL) {
            assertThat(service.portEnvironment())
                    .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(service.port()))
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.managementPort()));
            assertThat(service.managementUrl()).isEqualTo("http://127.0.0.1:" + service.managementPort());
        }
    }
}
