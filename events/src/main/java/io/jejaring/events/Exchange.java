package io.jejaring.events;

/**
 * What value flowed in an interaction (rules 1 and 3): the owner gave help or knowledge, received it, both did, or
 * neither did (a purely social contact). It is always told from the owner's side.
 */
public enum Exchange {
    GAVE,
    RECEIVED,
    MUTUAL,
    SOCIAL;

    /** How the API documents the field. */
    public static final String OWNER_SIDE = "What value flowed, told from the owner's side (the token's sub): GAVE means "
            + "\"I gave\" help or knowledge, RECEIVED \"they gave to me\", MUTUAL both ways, SOCIAL neither.";
}
