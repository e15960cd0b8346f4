package io.jejaring.interactions.store;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contact this service has heard of through the contact events. */
@Entity
@Table(name = "known_contact")
public class KnownContact extends PanacheEntityBase {

    /** The owner's live contacts, aliased {@code k}: the "live" condition, written once. */
    static final String LIVE = "from KnownContact k where k.key.ownerId = :owner and k.deleted = false";

    @EmbeddedId
    public Key key;

    public long version;

    public boolean deleted;

    public static boolean isLive(String ownerId, UUID contactId) {
        return count(LIVE + " and k.key.contactId = :contact", OwnerFilter.owner(ownerId).and("contact", contactId)) > 0;
    }

    @Embeddable
    public record Key(@Column(name = "owner_id") String ownerId, @Column(name = "contact_id") UUID contactId)
            implements Serializable {
    }
}
