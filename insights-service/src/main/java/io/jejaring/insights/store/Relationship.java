package io.jejaring.insights.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.jejaring.insights.formula.Cadence;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the projection knows of one relationship. The projection writes it with version-guarded SQL
 * ({@link ContactFacts}, {@link InteractionFacts}); everything else reads it through this entity.
 */
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> communities = new ArrayList<>();

    public String culture;

    @Column(name = "age_band")
    public String ageBand;

    @Column(name = "introduced_by")
    public UUID introducedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_interaction_at")
    public Instant lastInteractionAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "fading_at")
    public Instant fadingAt;

    @Column(name = "strength_mass")
    public double strengthMass;

    @Column(name = "strength_terms")
    public int strengthTerms;

    @Column(name = "notified_due_at")
    public Instant notifiedDueAt;

    @Column(name = "one_sided")
    public boolean oneSided;

    public UUID contactId() {
        return key.contactId();
    }

    /** Known from its own event (not only a placeholder named by an interaction), and not deleted. */
    public boolean isLive() {
        return version > 0 && !deleted;
    }

    /** The moment the due date counts from: the latest interaction, or the contact's creation. */
    public Instant last() {
        return lastInteractionAt != null ? lastInteractionAt : createdAt;
    }

    /** Brings the due and fading dates in line with {@link #last()} and the cadence; none without either. */
    public void schedule(double fadingRatio) {
        Instant from = last();
        boolean scheduled = !deleted && from != null && cadenceDays != null;
        dueAt = scheduled ? Cadence.dueAt(from, cadenceDays) : null;
        fadingAt = scheduled ? Cadence.fadingAt(from, cadenceDays, fadingRatio) : null;
    }

    public boolean isOverdue(Instant now) {
        return isLive() && keepInTouch && dueAt != null && !dueAt.isAfter(now);
    }

    @Embeddable
    public record Key(@Column(name = "owner_id") String ownerId, @Column(name = "contact_id") UUID contactId)
            implements Serializable {
    }
}
