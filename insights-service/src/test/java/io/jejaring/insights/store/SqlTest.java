package io.jejaring.insights.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared conditions, written once, come out as the statements wrote them by hand before. */
class SqlTest {

    @Test
    void fillsInTheOwnerFilterAndTheLiveCondition() {
        assertThat(Sql.of("SELECT contact_id FROM relationship WHERE {owner} AND {live} AND strength_mass > ?2"))
                .isEqualTo("SELECT contact_id FROM relationship WHERE owner_id = ?1 AND NOT deleted AND version > 0"
                        + " AND strength_mass > ?2");
    }

    @Test
    void qualifiesTheOwnerFilterWithAnAlias() {
        assertThat(Sql.of("WHERE {l.owner} AND l.occurred_at > ?2")).isEqualTo("WHERE l.owner_id = ?1 AND l.occurred_at > ?2");
    }

    @Test
    void leavesOtherBracesAlone() {
        assertThat(Sql.of("SET communities = '{}' WHERE {owner}")).isEqualTo("SET communities = '{}' WHERE owner_id = ?1");
    }
}
