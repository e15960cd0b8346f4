package io.jejaring.plumbing.outbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode: one {@code ce_*} header each, the data as the record value,
 * and the writer's {@link TraceContext} as {@code traceparent}/{@code tracestate} (the distributed tracing
 * extension) when it had one.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static Headers of(OutboxMessage message, String source) {
        Headers headers = new RecordHeaders();
        add(headers, SPEC_VERSION, "1.0");
        add(headers, ID, message.id().toString());
        add(headers, TYPE, message.type());
        add(headers, SOURCE, source);
        add(headers, TIME, message.createdAt().toString());
        add(headers, SUBJECT, message.subject());
        add(headers, SEQUENCE, String.valueOf(message.sequence()));
        add(headers, CONTENT_TYPE, "application/json");
        if (message.trace() != null) {
            message.trace().addTo(headers);
        }
        return headers;
    }

    public static String read(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
