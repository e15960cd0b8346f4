package io.jejaring.insights.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What the projection knows of one relationship. Written by {@link RelationshipProjection}, read by the API. */
@Entity
@Table(name = "relationship")
public class Relationship extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public long version;

    public boolean deleted;

    @Column(name = "cadence_days")
    public Integer cadenceDays;

    @Column(name = "keep_in_touch")
    public boolean keepInTouch;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_interaction_at")
    public Instant lastInteractionAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Embeddable
    public record Key(@Column(name = "owner_id") String ownerId, @Column(name = "contact_id") UUID contactId)
            implements Serializable {
    }
}
