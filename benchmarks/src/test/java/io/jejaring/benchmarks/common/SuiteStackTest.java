package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;

import org.junit.jupiter.api.Test;

import io.jejaring.localinfra.StackException;

class SuiteStackTest {

    @Test
    void aBrokerThatCouldNotBindItsPortLostTheRaceForThePorts() {
        // as the in-process broker fails when another run took 9092 between the check and its start
        RuntimeException kafka = new IllegalStateException("Kafka broker did not start on port 9092",
                new RuntimeException("Socket server failed to bind to 127.0.0.1:9092: Address already in use.",
                        new BindException("Address already in use")));
        assertThat(SuiteStack.lostPortRace(kafka)).isTrue();
        assertThat(SuiteStack.lostPortRace(new StackException("port(s) already in use: 8081 (contacts-service)"))).isTrue();
    }

    @Test
    void anyOtherFailureToStartIsNotARaceAndStillFails() {
        assertThat(SuiteStack.lostPortRace(new StackException("contacts-service is not built: run `mvn -DskipTests package` first.")))
                .isFalse();
        assertThat(SuiteStack.lostPortRace(new IllegalStateException("Kafka broker did not start on port 9092",
                new IllegalStateException("log directory is not writable")))).isFalse();
    }
}
