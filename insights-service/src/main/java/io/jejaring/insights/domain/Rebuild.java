package io.jejaring.insights.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.jejaring.insights.store.ProjectionReset;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * Rebuilds the projection from the topics' start: the projection tables are emptied, the consumers seek to the
 * beginning, and until they have caught up with where the topics ended, nothing is published (a rebuild
 * publishes no insight events). The projection is idempotent and order-insensitive, so a batch that was in
 * flight during the reset does no harm. Each replica seeks the partitions it is assigned; run the rebuild with
 * one replica.
 */
@ApplicationScoped
public class Rebuild {

    static final List<String> CHANNELS = List.of("contacts", "interactions");
    private static final Logger LOG = Logger.getLogger(Rebuild.class);

    @Inject
    ProjectionReset projection;

    @Inject
    KafkaClientService kafka;

    /** Per partition, the offset the replay must reach before publishing resumes. */
    private final Map<TopicPartition, Long> replayUntil = new ConcurrentHashMap<>();

    /** Starts a rebuild; answers how many partitions it replays. */
    public synchronized int start() {
        QuarkusTransaction.requiringNew().run(projection::reset);
        for (String channel : CHANNELS) {
            Map<TopicPartition, Long> ends = kafka.<String, String>getConsumer(channel).runOnPollingThread(consumer -> {
                Set<TopicPartition> assigned = consumer.assignment();
                Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
                consumer.seekToBeginning(assigned);
                return end;
            }).await().atMost(Duration.ofSeconds(30));
            ends.forEach((partition, end) -> {
                if (end > 0) {
                    replayUntil.put(partition, end);
                }
            });
        }
        LOG.infof("rebuilding the projection from %d partitions", replayUntil.size());
        return replayUntil.size();
    }

    public boolean isReplaying() {
        return !replayUntil.isEmpty();
    }

    /** Whether the effects of this batch may be published: not while it replays what existed before the rebuild. */
    public boolean mayPublish(ConsumerRecords<String, String> batch) {
        if (replayUntil.isEmpty()) {
            return true;
        }
        boolean replayed = false;
        for (ConsumerRecord<String, String> record : batch) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            Long until = replayUntil.get(partition);
            if (until != null) {
                replayed = true;
                if (record.offset() + 1 >= until) {
                    replayUntil.remove(partition);
                }
            }
        }
        return !replayed;
    }
}
