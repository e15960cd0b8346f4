package io.jejaring.plumbing.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import io.quarkus.narayana.jta.QuarkusTransactionException;

class TransientFailuresTest {

    @Test
    void sqlStatesThatALaterAttemptGetsPastAreTransient() {
        for (String state : new String[] {"40P01", "40001", "55P03", "08000", "08003", "08006", "08001", "53300",
                "53100", "57P01", "57P02", "57P03"}) {
            assertThat(TransientFailures.isTransient(new SQLException("x", state))).as(state).isTrue();
        }
    }

    @Test
    void sqlStatesThatTheRecordCausedAreNot() {
        for (String state : new String[] {"23505", "23503", "23502", "22P02", "22001", "42P01", "42703", "40000",
                "55000", "57014", "XX000", "P0001"}) {
            assertThat(TransientFailures.isTransient(new SQLException("x", state))).as(state).isFalse();
        }
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("short", "40"))).isFalse();
    }

    @Test
    void aDeadlockIsFoundUnderHibernateJpaAndTheTransactionWrapper() {
        PSQLException deadlock = new PSQLException("ERROR: deadlock detected", PSQLState.DEADLOCK_DETECTED);
        // Hibernate's generic conversion, as for a plain SQLException, then JPA's and the transaction's wrappers
        RuntimeException chain = new QuarkusTransactionException(new PersistenceException("could not execute statement",
                new GenericJDBCException("could not execute statement", deadlock)));
        assertThat(TransientFailures.isTransient(chain)).isTrue();
        assertThat(TransientFailures.describe(chain)).isEqualTo("PSQLException (SQLState 40P01)");
    }

    @Test
    void aSerializationFailureInAJdbcBatchIsFoundThroughItsNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        batch.setNextException(new PSQLException("ERROR: could not serialize access", PSQLState.SERIALIZATION_FAILURE));
        assertThat(TransientFailures.isTransient(new GenericJDBCException("flush", batch))).isTrue();
    }

    @Test
    void aFailureAtCommitIsFoundAmongTheSuppressed() {
        RuntimeException commit = new RuntimeException("could not commit");
        commit.addSuppressed(new GenericJDBCException("flush", new SQLException("lock timeout", "55P03")));
        assertThat(TransientFailures.isTransient(commit)).isTrue();
    }

    @Test
    void connectionLossAndBrokerUnavailabilityAreTransientByType() {
        assertThat(TransientFailures.isTransient(new JDBCConnectionException("gone", new SQLException("gone")))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(new SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new TimeoutException("no broker")))).isTrue();
        assertThat(TransientFailures.isTransient(new NotLeaderOrFollowerException("moving"))).isTrue();
        assertThat(TransientFailures.isTransient(new io.smallrye.mutiny.TimeoutException())).isTrue();
    }

    @Test
    void poisonAndOtherDeterministicFailuresAreNot() {
        assertThat(TransientFailures.isTransient(new PoisonEventException("bad data"))).isFalse();
        assertThat(TransientFailures.isTransient(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "pk"))).isFalse();
        assertThat(TransientFailures.isTransient(new RecordTooLargeException("too large"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bug"))).isFalse();
    }

    @Test
    void aCyclicChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        a.addSuppressed(b);
        assertThat(TransientFailures.isTransient(a)).isFalse();
    }
}
