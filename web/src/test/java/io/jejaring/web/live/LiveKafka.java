package io.jejaring.web.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.jejaring.events.Topics;
import io.jejaring.localinfra.LocalKafka;
import io.jejaring.localinfra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real in-process broker with the insights topic, and web's live consumer switched on against it. */
public class LiveKafka implements QuarkusTestResourceLifecycleManager {

    static final int PARTITIONS = 3;
    private static LocalKafka kafka;

    static String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        try {
            kafka = new LocalKafka(Ports.free(), Files.createTempDirectory("web-live-kafka")).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka.createTopics(List.of(Topics.INSIGHTS), PARTITIONS);
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.messaging.incoming.insights.enabled", "true",
                "%test.mp.messaging.incoming.insights.enabled", "true",
                "jejaring.web.live.ping", "1s");
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
