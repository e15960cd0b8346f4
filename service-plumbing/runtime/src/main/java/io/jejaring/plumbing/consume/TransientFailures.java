package io.jejaring.plumbing.consume;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that says nothing about the record (the database or the broker was busy or away) from one the
 * record itself caused. A transient failure is worth trying again as it is; only a failure that is not transient
 * may mark a record as poison. PostgreSQL reports deadlocks, serialization failures and lock timeouts as plain
 * {@link SQLException}s, so the SQLState decides, wherever it sits in the chain of causes.
 */
public final class TransientFailures {

    /** SQLStates, exact or as a two-character class, that a later attempt can get past. */
    private static final Set<String> STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available: a lock timeout
            "08",    // connection exceptions
            "53",    // insufficient resources: too many connections, disk full, out of memory
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now: the server is starting

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return find(failure, cause -> cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof JDBCConnectionException
                || cause instanceof LockAcquisitionException
                || cause instanceof RetriableException // Kafka: broker unavailable, not leader, timed out
                || cause instanceof io.smallrye.mutiny.TimeoutException
                || cause instanceof SQLException sql && isTransientState(sql.getSQLState())) != null;
    }

    static boolean isTransientState(String sqlState) {
        return sqlState != null && sqlState.length() == 5
                && (STATES.contains(sqlState) || STATES.contains(sqlState.substring(0, 2)));
    }

    /** A short description for logs: the root cause's type and the first SQLState in the chain, no messages. */
    public static String describe(Throwable failure) {
        Throwable sql = find(failure, cause -> cause instanceof SQLException s && s.getSQLState() != null);
        String type = rootCause(failure).getClass().getSimpleName();
        return sql == null ? type : type + " (SQLState " + ((SQLException) sql).getSQLState() + ")";
    }

    public static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The first throwable that matches, searching causes, suppressed exceptions (a commit that failed in a
     * synchronization) and a JDBC batch's next exceptions; each at most once, so a cyclic chain ends.
     */
    private static Throwable find(Throwable failure, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toVisit = new ArrayDeque<>();
        toVisit.add(failure);
        while (!toVisit.isEmpty()) {
            Throwable current = toVisit.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (matches.test(current)) {
                return current;
            }
            if (current.getCause() != null) {
                toVisit.add(current.getCause());
            }
            Collections.addAll(toVisit, current.getSuppressed());
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                toVisit.add(sql.getNextException());
            }
        }
        return null;
    }
}
