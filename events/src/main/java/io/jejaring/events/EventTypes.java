package io.jejaring.events;

import java.util.List;

/**
 * CloudEvents {@code ce_type} and {@code ce_source} values. Each type has a JSON Schema at
 * {@code io/jejaring/events/schemas/<type>.json} on the classpath.
 */
public final class EventTypes {

    // Topic jejaring.contacts.v1
    public static final String CONTACT_CREATED = "io.jejaring.contact.created.v1";
    public static final String CONTACT_UPDATED = "io.jejaring.contact.updated.v1";
    public static final String CONTACT_DELETED = "io.jejaring.contact.deleted.v1";
    public static final String CONTACT_MERGED = "io.jejaring.contact.merged.v1";
    public static final String CONNECTION_ADDED = "io.jejaring.connection.added.v1";
    public static final String CONNECTION_REMOVED = "io.jejaring.connection.removed.v1";

    public static final String SOURCE_CONTACTS = "/jejaring/contacts-service";
    public static final String SOURCE_INTERACTIONS = "/jejaring/interactions-service";
    public static final String SOURCE_INSIGHTS = "/jejaring/insights-service";

    private EventTypes() {
    }

    /** Every {@code ce_type} above; EventContract loads a schema for each. */
    public static List<String> all() {
        return List.of(CONTACT_CREATED, CONTACT_UPDATED, CONTACT_DELETED, CONTACT_MERGED,
                CONNECTION_ADDED, CONNECTION_REMOVED);
    }
}
