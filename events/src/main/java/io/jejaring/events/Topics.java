package io.jejaring.events;

import java.util.List;

/** Kafka topic names. The main topics keep everything; each has a dead-letter topic for poison records. */
public final class Topics {

    public static final String CONTACTS = "jejaring.contacts.v1";
    public static final String INTERACTIONS = "jejaring.interactions.v1";
    public static final String INSIGHTS = "jejaring.insights.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}, e.g. {@code jejaring.contacts.v1.dlq}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The three main topics, then their three dead-letter topics. */
    public static List<String> all() {
        return List.of(CONTACTS, INTERACTIONS, INSIGHTS,
                deadLetter(CONTACTS), deadLetter(INTERACTIONS), deadLetter(INSIGHTS));
    }
}
