package io.jejaring.contacts.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import io.jejaring.plumbing.persistence.TakenIds;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

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

    /** The folded names, organization, email addresses, location and culture, one per line: {@code q}'s last check. */
    @Column(name = "search_text")
    public String searchText;

    /** Every prefix of every word of {@link #searchText}: what {@code q} looks up (see {@link SearchFolding}). */
    @Column(name = "search_prefixes")
    public String[] searchPrefixes;

    /** The communities, folded: what the community filter compares. */
    @Column(name = "community_keys")
    public String[] communityKeys;

    /** The tags, folded: what the tag filter compares. */
    @Column(name = "tag_keys")
    public String[] tagKeys;

    /** The keys of the email addresses ({@link EmailKeys}), which the database mirrors for {@link #firstWithEmailKeys}. */
    @Column(name = "email_keys")
    public String[] emailKeys = {};

    public static Optional<Contact> findOwned(String ownerId, UUID id) {
        return owned(ownerId, "id = :id", Parameters.with("id", id), null).firstResultOptional();
    }

    /** The owner's contact, locked until the transaction ends, so concurrent writers take turns. */
    public static Optional<Contact> findOwnedForUpdate(String ownerId, UUID id) {
        return owned(ownerId, "id = :id", Parameters.with("id", id), null).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The owner's contacts that {@code introducer} introduced. */
    public static List<Contact> introducedBy(String ownerId, UUID introducer) {
        return owned(ownerId, "introducedBy = :introducer", Parameters.with("introducer", introducer), null).list();
    }

    /** Every contact the owner has, in display-name order. */
    public static List<Contact> allOf(String ownerId) {
        return owned(ownerId, "", new Parameters(), "displayName, id").list();
    }

    /** Every contact the owner has, in no particular order, read as it is consumed. */
    public static Stream<Contact> streamAllOf(String ownerId) {
        return owned(ownerId, "", new Parameters(), null).stream();
    }

    /** Which of these ids are taken (a contact has it, whichever owner's, or had it): a restore keeps only free ids. */
    public static Set<UUID> takenIds(Collection<UUID> ids) {
        return TakenIds.among(Contact.class, "contact", ids);
    }

    /** Up to {@code rows} of the owner's contacts, in no particular order. */
    public static List<Contact> someOf(String ownerId, int rows) {
        return owned(ownerId, "", new Parameters(), null).page(0, rows).list();
    }

    static PanacheQuery<Contact> owned(String ownerId, String condition, Parameters parameters, String orderBy) {
        return find(Owned.query(condition, orderBy), Owned.parameters(ownerId, parameters));
    }

    /**
     * For each of the keys that one of the owner's contacts has, the contact that has it, the first created where
     * several do; keys no contact has are absent. One query, an index lookup per key.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, UUID> firstWithEmailKeys(String ownerId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(FIRST_WITH_EMAIL_KEYS)
                .setParameter("owner", ownerId)
                .setParameter("keys", keys.toArray(String[]::new))
                .getResultList();
        Map<String, UUID> found = new HashMap<>();
        rows.forEach(row -> found.put((String) row[0], (UUID) row[1]));
        return found;
    }

    /**
     * Each key's first contact: one probe of the keys' own index (migration V97) per key, whatever the planner thinks
     * of the batch's size, since a lateral subquery with a limit can't become a scan of the whole table.
     */
    static final String FIRST_WITH_EMAIL_KEYS = """
            SELECT k.email_key, first.contact_id
            FROM unnest(cast(:keys as text[])) AS k(email_key)
            CROSS JOIN LATERAL (
                SELECT contact_id FROM contact_email_key e
                WHERE e.owner_id = :owner AND e.email_key = k.email_key
                ORDER BY e.contact_created_at, e.contact_id
                LIMIT 1) AS first""";

    /** Derives the search and lookup columns from the fields; every write calls it after changing them. */
    public void indexForSearch() {
        List<String> texts = new ArrayList<>(Arrays.asList(displayName, givenName, familyName, organization));
        emails.forEach(email -> texts.add(email.address()));
        texts.add(location);
        texts.add(culture);
        searchText = texts.stream().filter(Objects::nonNull).map(SearchFolding::fold).collect(Collectors.joining("\n"));
        searchPrefixes = SearchFolding.prefixes(texts);
        communityKeys = SearchFolding.labels(communities);
        tagKeys = SearchFolding.labels(tags);
        emailKeys = EmailKeys.of(emails);
    }

    /** Up to {@code rows} contacts, of any owner, whose search columns were never derived (rows older than them). */
    public static List<Contact> unindexed(int rows) {
        return find("searchPrefixes is null").withLock(LockModeType.PESSIMISTIC_WRITE).page(0, rows).list();
    }

    /** The cadence that applies: the owner's own, or the tier's default. */
    public int effectiveCadenceDays() {
        return cadenceDays != null ? cadenceDays : tier.defaultCadenceDays();
    }
}
