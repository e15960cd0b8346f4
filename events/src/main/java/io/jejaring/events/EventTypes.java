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
    public static final String OWNER_ERASED = "io.jejaring.owner.erased.v1";

    // Topic jejaring.interactions.v1
    public static final String INTERACTION_LOGGED = "io.jejaring.interaction.logged.v1";
    public static final String INTERACTION_UPDATED = "io.jejaring.interaction.updated.v1";
    public static final String INTERACTION_DELETED = "io.jejaring.interaction.deleted.v1";
    public static final String COMMITMENT_MADE = "io.jejaring.commitment.made.v1";
    public static final String COMMITMENT_RESOLVED = "io.jejaring.commitment.resolved.v1";

    // Topic jejaring.insights.v1
    public static final String RELATIONSHIP_OVERDUE = "io.jejaring.insight.relationship-overdue.v1";
    public static final String RELATIONSHIP_RESTORED = "io.jejaring.insight.relationship-restored.v1";
    public static final String ONE_SIDED = "io.jejaring.insight.one-sided.v1";
    public static final String REACH_CHANGED = "io.jejaring.insight.reach-changed.v1";

    public static final String SOURCE_CONTACTS = "/jejaring/contacts-service";
    public static final String SOURCE_INTERACTIONS = "/jejaring/interactions-service";
    public static final String SOURCE_INSIGHTS = "/jejaring/insights-service";

    private EventTypes() {
    }

    /** Every {@code ce_type} above; EventContract loads a schema for each. */
    public static List<String> all() {
        return List.of(CONTACT_CREATED, CONTACT_UPDATED, CONTACT_DELETED, CONTACT_MERGED,
                CONNECTION_ADDED, CONNECTION_REMOVED, OWNER_ERASED,
                INTERACTION_LOGGED, INTERACTION_UPDATED, INTERACTION_DELETED, COMMITMENT_MADE, COMMITMENT_RESOLVED,
                RELATIONSHIP_OVERDUE, RELATIONSHIP_RESTORED, ONE_SIDED, REACH_CHANGED);
    }
}
