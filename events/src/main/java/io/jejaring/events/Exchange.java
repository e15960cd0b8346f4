package io.jejaring.events;

/**
 * What value flowed in an interaction (rules 1 and 3): the owner gave help or knowledge, received it, both did, or
 * neither did (a purely social contact).
 */
public enum Exchange {
    GAVE,
    RECEIVED,
    MUTUAL,
    SOCIAL
}
