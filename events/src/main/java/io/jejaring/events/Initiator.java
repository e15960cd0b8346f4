package io.jejaring.events;

/** Who reached out first in an interaction: the owner or the other side. */
public enum Initiator {
    ME,
    THEM
}
