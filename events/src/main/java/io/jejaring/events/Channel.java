package io.jejaring.events;

/** How an interaction took place (rule 5: keep in touch by any channel). */
public enum Channel {
    IN_PERSON,
    PHONE,
    VIDEO,
    EMAIL,
    MESSAGE,
    SOCIAL
}
