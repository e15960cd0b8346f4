package io.jejaring.events;

/** The owner's private judgement of a relationship (rule 1: filter for sincerity). */
public enum Sincerity {
    SINCERE,
    UNSURE,
    TRANSACTIONAL
}
