package io.jejaring.events;

import java.util.UUID;

/**
 * Data of {@link EventTypes#CONTACT_MERGED}: {@code mergedContactId} was folded into {@code keptContactId} and no
 * longer exists. Like a deletion, it carries {@code version} = last + 1.
 */
public record ContactsMerged(String ownerId, UUID keptContactId, UUID mergedContactId, long version) {
}
