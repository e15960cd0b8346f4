package io.jejaring.interactions.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.jejaring.events.Channel;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.SocialNetwork;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "social_network")
    public SocialNetwork socialNetwork;

    /** The network's own name when {@link #socialNetwork} is OTHER. */
    @Column(name = "social_network_label")
    public String socialNetworkLabel;

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
}
