package io.jejaring.interactions.capture;

import java.time.Instant;
import java.util.List;

import io.jejaring.events.Channel;

/**
 * One interaction a calendar or mail export shows, before anyone is matched to a contact: an event's occurrence
 * or a message. Addresses are lower case and trimmed; they never leave this service's memory.
 *
 * @param sourceKey what names it in its source (UID and occurrence start, or Message-ID), the same on every export
 * @param sequence the event's SEQUENCE (0 for mail): a higher one is a newer version of the same occurrence
 * @param initiator the organizer's or sender's address, if any
 * @param participants everyone on it, the initiator included; rooms and resources are left out
 * @param line where it starts in the file (its BEGIN:VEVENT, or its message's From line)
 * @param messageId the message's Message-ID, for reporting it; null for calendar events
 */
public record CapturedItem(String sourceKey, int sequence, Instant occurredAt, Integer durationMinutes, Channel channel,
        String summary, String initiator, List<Participant> participants, int line, String messageId) {

    /** A problem with this item, located as the answer locates it. */
    public CaptureError error(String message) {
        return CaptureError.ofMessage(messageId, line, message);
    }

    /** An address on the item, and whether its owner declined the invitation. */
    public record Participant(String address, boolean declined) {
    }
}
