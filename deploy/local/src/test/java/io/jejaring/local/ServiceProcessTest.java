package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void aLocalServiceListensOnLoopbackOnly() {
        assertThat(ServiceProcess.command("contacts-service", Path.of("app.jar"), ""))
                .contains("-Dquarkus.http.host=127.0.0.1")
                .endsWith("-jar", "app.jar");
    }
}
