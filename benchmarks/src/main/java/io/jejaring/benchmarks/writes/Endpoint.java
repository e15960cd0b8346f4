package io.jejaring.benchmarks.writes;

import java.util.Locale;

import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;

/**
 * A create endpoint the write benchmark measures against raw JDBC doing the same writes: the service that owns
 * it, the table its entity goes to, and the event its outbox row carries. Each round runs them in this order.
 */
enum Endpoint {

    CONTACTS("/api/v1/contacts", "contacts-service", "contact", Topics.CONTACTS, EventTypes.CONTACT_CREATED),
    INTERACTIONS("/api/v1/interactions", "interactions-service", "interaction", Topics.INTERACTIONS,
            EventTypes.INTERACTION_LOGGED);

    private final String path;
    private final String service;
    private final String table;
    private final String topic;
    private final String eventType;

    Endpoint(String path, String service, String table, String topic, String eventType) {
        this.path = path;
        this.service = service;
        this.table = table;
        this.topic = topic;
        this.eventType = eventType;
    }

    /** {@code contacts}, {@code interactions}: for the console, and the raw baseline's schema. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String path() {
        return path;
    }

    /** {@code POST /api/v1/contacts}. */
    String request() {
        return "POST " + path;
    }

    String service() {
        return service;
    }

    String table() {
        return table;
    }

    String topic() {
        return topic;
    }

    String eventType() {
        return eventType;
    }
}
