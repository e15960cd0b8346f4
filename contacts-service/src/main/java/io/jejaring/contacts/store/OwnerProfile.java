package io.jejaring.contacts.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The owner's own name and email addresses: one row per owner who has set them. */
@Entity
@Table(name = "owner_profile")
public class OwnerProfile extends PanacheEntityBase {

    /** One statement, so that two first writes of the same owner at once can't collide on the key. */
    private static final String SAVE = """
            INSERT INTO owner_profile (owner_id, display_name, emails, updated_at)
            VALUES (:owner, :displayName, cast(:emails as varchar[]), :updatedAt)
            ON CONFLICT (owner_id) DO UPDATE SET display_name = EXCLUDED.display_name, emails = EXCLUDED.emails,
                updated_at = EXCLUDED.updated_at""";

    @Id
    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "display_name")
    public String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> emails = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<OwnerProfile> of(String ownerId) {
        return findByIdOptional(ownerId);
    }

    /** Creates or replaces the owner's profile. */
    public static void save(String ownerId, String displayName, List<String> emails, Instant now) {
        getEntityManager().createNativeQuery(SAVE)
                .setParameter("owner", ownerId)
                .setParameter("displayName", displayName)
                .setParameter("emails", emails.toArray(String[]::new))
                .setParameter("updatedAt", now)
                .executeUpdate();
    }

    public static void erase(String ownerId) {
        delete("ownerId", ownerId);
    }
}
