package io.jejaring.web.live;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads jejaring.insights.v1 and tells the owner's open pages which section to refresh. The record key is the
 * owner; the data is never read, so nothing about anyone is held or passed on. Each web instance reads every
 * partition from the newest record (see application.properties): its pages need every owner's events from now on,
 * never the past.
 */
@ApplicationScoped
public class InsightEventsConsumer {

    static final String CE_TYPE = "ce_type";

    @Inject
    LiveUpdates live;

    @Incoming("insights")
    public void on(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return;
        }
        Header type = record.headers().lastHeader(CE_TYPE);
        LiveEvents.forType(type == null ? null : new String(type.value(), StandardCharsets.UTF_8))
                .ifPresent(event -> live.publish(record.key(), event));
    }
}
