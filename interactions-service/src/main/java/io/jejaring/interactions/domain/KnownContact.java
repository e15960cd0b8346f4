package io.jejaring.interactions.domain;

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

    @EmbeddedId
    public Key key;

    public long version;

    public boolean deleted;

    public static boolean isLive(String ownerId, UUID contactId) {
        return count("key.ownerId = ?1 and key.contactId = ?2 and deleted = false", ownerId, contactId) > 0;
    }

    @Embeddable
    public record Key(@Column(name = "owner_id") String ownerId, @Column(name = "contact_id") UUID contactId)
            implements Serializable {
    }
}
