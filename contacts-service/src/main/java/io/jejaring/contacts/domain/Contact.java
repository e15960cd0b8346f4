package io.jejaring.contacts.domain;

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

import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.plumbing.persistence.OwnedAggregate;

/** A person in an owner's network. Every lookup is scoped to the owner. */
@Entity
@Table(name = "contact")
public class Contact extends OwnedAggregate {

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String organization;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EmailAddress> emails = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PhoneNumber> phones = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "social_profiles")
    public List<SocialProfile> socialProfiles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> communities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    public String culture;

    @Column(name = "birth_year")
    public Integer birthYear;

    public String location;

    @Column(name = "how_we_met")
    public String howWeMet;

    @Column(name = "introduced_by")
    public UUID introducedBy;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    /** The owner's own cadence; null means the tier's default. */
    @Column(name = "cadence_days")
    public Integer cadenceDays;

    @Column(name = "keep_in_touch")
    public boolean keepInTouch;

    @Enumerated(EnumType.STRING)
    public Sincerity sincerity;

    @Column(name = "consent_shareable")
    public Boolean consentShareable;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_source")
    public ConsentSource consentSource;

    public String notes;

    @Column(name = "search_text")
    public String searchText;

    public static Optional<Contact> findOwned(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    /** The owner's contact, locked until the transaction ends, so concurrent writers take turns. */
    public static Optional<Contact> findOwnedForUpdate(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The cadence that applies: the owner's own, or the tier's default. */
    public int effectiveCadenceDays() {
        return cadenceDays != null ? cadenceDays : tier.defaultCadenceDays();
    }
}
