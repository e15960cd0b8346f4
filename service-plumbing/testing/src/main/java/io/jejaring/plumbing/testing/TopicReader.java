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

    private TopicReader() {
    }

    /** Waits until {@code count} records matching {@code filter} have arrived, and answers them in order. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
            int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = fromStart(topic)) {
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

    /**
     * Every record the topic holds now, read from its start to its current end, without joining a group: for
     * asserting that something was not published, which waiting for it cannot show.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The records keyed by {@code ownerId}. */
    public static List<ConsumerRecord<String, String>> awaitForOwner(String topic, String ownerId, int count, Duration timeout) {
        return await(topic, record -> ownerId.equals(record.key()), count, timeout);
    }

    /**
     * Every record matching {@code filter} that the topic holds now: it reads up to the end offsets taken when it
     * starts, so its answer depends on what was published, never on how long a read took.
     */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> filter) {
        try (KafkaConsumer<String, String> consumer = fromStart(topic)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            List<ConsumerRecord<String, String>> matching = new ArrayList<>();
            while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
                consumer.poll(POLL).forEach(record -> {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                });
            }
            return matching;
        }
    }

    private static KafkaConsumer<String, String> fromStart(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
