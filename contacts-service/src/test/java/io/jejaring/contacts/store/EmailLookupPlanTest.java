package io.jejaring.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A lookup of 1000 addresses among an owner's 100,000 contacts reads the email keys' index, never a whole table, in
 * the plan made for its values and in the generic one a prepared statement may settle on; and it answers right.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class EmailLookupPlanTest {

    static final int CONTACTS = 100_000;

    @Inject
    AgroalDataSource dataSource;

    final String owner = TestTokens.newOwner();

    @Test
    void aThousandAddressesAmongAHundredThousandContactsAreAnIndexLookup() throws SQLException {
        // every other one of the 1000 keys is a contact's, person0 to person998
        List<String> keys = IntStream.range(0, 1000).mapToObj(i -> "person" + i + (i % 2 == 0 ? "" : ".x") + "@example.org")
                .toList();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO contact (id, owner_id, display_name, emails, email_keys, search_text, search_prefixes,"
                    + " tier, sincerity, version, created_at, updated_at)"
                    + " SELECT gen_random_uuid(), '" + owner + "', 'Person ' || i,"
                    + " jsonb_build_array(jsonb_build_object('address', 'Person' || i || '@example.org')),"
                    + " ARRAY['person' || i || '@example.org'], '', '{}', 'ACQUAINTANCE', 'UNSURE', 1, now(), now()"
                    + " FROM generate_series(0, " + (CONTACTS - 1) + ") AS i");
            statement.execute("ANALYZE contact, contact_email_key");
            try {
                String prepared = Contact.FIRST_WITH_EMAIL_KEYS.replace(":owner", "$1").replace(":keys", "$2");
                statement.execute("PREPARE email_lookup (text, text[]) AS " + prepared);
                String execute = "EXPLAIN EXECUTE email_lookup ('" + owner + "', '{" + String.join(",", keys) + "}')";
                for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                    statement.execute("SET plan_cache_mode = " + mode);
                    String plan = lines(statement, execute);
                    assertThat(plan).as(mode).doesNotContain("Seq Scan")
                            .contains("using contact_email_key_lookup", "(email_key = k.email_key)");
                }
            } finally {
                statement.execute("DEALLOCATE ALL");
                statement.execute("RESET plan_cache_mode");
            }

            Map<String, UUID> found = QuarkusTransaction.requiringNew().call(() -> Contact.firstWithEmailKeys(owner, keys));
            assertThat(found).hasSize(500).containsKeys("person0@example.org", "person998@example.org")
                    .doesNotContainKey("person1.x@example.org");
            statement.execute("DELETE FROM contact WHERE owner_id = '" + owner + "'");
        }
    }

    static String lines(Statement statement, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
