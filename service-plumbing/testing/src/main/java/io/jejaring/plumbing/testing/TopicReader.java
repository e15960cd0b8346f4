package io.jejaring.plumbing.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its start, for tests that check what the services really published.
 * It assigns every partition itself instead of joining a consumer group: a group's join and rebalance can take
 * seconds on a loaded machine, and a read bounded by time would then see nothing.
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private TopicReader() {
    }

    /** Waits until {@code count} records matching {@code filter} have arrived, and answers them in order. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
            int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = fromStart(TestInfrastructure.get().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, String>> matching = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matching.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(record -> {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                });
            }
            return matching;
        }
    }

    /** The records keyed by {@code ownerId}. */
    public static List<ConsumerRecord<String, String>> awaitForOwner(String topic, String ownerId, int count, Duration timeout) {
        return await(topic, record -> ownerId.equals(record.key()), count, timeout);
    }

    /**
     * Every record the topic holds now, partition by partition in offset order: it reads up to the end offsets taken
     * when it starts, so its answer depends on what was published, never on how long a read took. This is what
     * shows that something was not published, which waiting for it cannot.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String topic) {
        return readToEnd(TestInfrastructure.get().bootstrapServers(), topic);
    }

    /** {@link #readToEnd(String)} on the broker at {@code bootstrapServers}. */
    public static List<ConsumerRecord<String, String>> readToEnd(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = fromStart(bootstrapServers, topic)) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), METADATA_TIMEOUT);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end in " + READ_TIMEOUT);
                }
                consumer.poll(POLL).forEach(records::add);
            }
            records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                    : Long.compare(a.offset(), b.offset()));
            return records;
        }
    }

    private static KafkaConsumer<String, String> fromStart(String bootstrapServers, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
