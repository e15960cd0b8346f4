package io.jejaring.events;

/** How two of the owner's contacts are connected. */
public enum ConnectionKind {
    KNOWS,
    INTRODUCED,
    COLLEAGUE,
    FAMILY
}
