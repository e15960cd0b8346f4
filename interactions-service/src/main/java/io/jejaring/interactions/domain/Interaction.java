package io.jejaring.interactions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.jejaring.events.Channel;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.plumbing.persistence.OwnedAggregate;

/** One contact moment: who took part, how, who reached out, and what value flowed. */
@Entity
@Table(name = "interaction")
public class Interaction extends OwnedAggregate {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contact_ids")
    public List<UUID> contactIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "social_network")
    public String socialNetwork;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by")
    public Initiator initiatedBy;

    @Enumerated(EnumType.STRING)
    public Exchange exchange;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    public String summary;

    public String notes;

    public static Optional<Interaction> findOwned(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    public static Optional<Interaction> findOwnedForUpdate(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The owner's interactions that name none of the owner's live contacts, locked for an update. */
    public static List<Interaction> withNoLiveContactForUpdate(String ownerId) {
        return find("from Interaction i where i.ownerId = ?1 and not exists (from KnownContact k where k.key.ownerId = ?1"
                + " and k.deleted = false and array_contains(i.contactIds, k.key.contactId)) order by i.id", ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The owner's interactions that include the contact, locked for an update. */
    public static List<Interaction> withContactForUpdate(String ownerId, UUID contactId) {
        return find("ownerId = ?1 and array_contains(contactIds, ?2) order by id", ownerId, contactId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
