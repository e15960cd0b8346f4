package io.jejaring.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one owner in one service's database, in every table with an {@code owner_id} column, found through
 * {@code information_schema} so that a table added later is covered too. Erasure may leave only:
 * <ul>
 * <li>the erasure record ({@code owner_erasure}) and the owner's {@code ce_sequence} counter ({@code outbox_sequence}),
 * each a table whose columns are exactly the ones listed below;</li>
 * <li>tombstones: rows of a table with a {@code deleted} column, deleted, holding nothing but their key, owner and
 * version (every other column null, false, zero or empty).</li>
 * </ul>
 */
final class OwnerRows {

    /** The tables erasure keeps a row of, and all the columns they may ever have. */
    static final Map<String, Set<String>> ERASURE_RECORDS = Map.of(
            "owner_erasure", Set.of("owner_id", "erased_at", "outbox_until"),
            "outbox_sequence", Set.of("owner_id", "last_sequence"));

    private static final String OWNED_TABLES = """
            SELECT table_name FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name = 'owner_id' ORDER BY table_name""";
    private static final String COLUMNS = """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position""";
    private static final String PRIMARY_KEY = """
            SELECT k.column_name FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k
              ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name
            WHERE c.table_schema = 'public' AND c.table_name = ? AND c.constraint_type = 'PRIMARY KEY'""";

    private OwnerRows() {
    }

    /** How many rows of the owner each table holds, every table with an owner column included. */
    static List<String> counts(Connection db, String owner) throws SQLException {
        List<String> counts = new ArrayList<>();
        for (String table : ownedTables(db)) {
            counts.add(table + "=" + count(db, "SELECT count(*) FROM " + quote(table) + " WHERE owner_id = ?", owner));
        }
        return counts;
    }

    /** What erasure left of the owner beyond the erasure record and bare tombstones; empty when nothing. */
    static List<String> leftovers(Connection db, String owner) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        for (String table : ownedTables(db)) {
            List<String> columns = strings(db, COLUMNS, table);
            if (ERASURE_RECORDS.containsKey(table)) {
                if (!ERASURE_RECORDS.get(table).containsAll(columns)) {
                    leftovers.add(table + " has columns beyond the erasure record's: " + columns);
                }
                continue;
            }
            String sql = "SELECT count(*) FROM " + quote(table) + " WHERE owner_id = ?";
            if (columns.contains("deleted")) {
                sql += " AND NOT (" + bareTombstone(columns, strings(db, PRIMARY_KEY, table)) + ")";
            }
            long rows = count(db, sql, owner);
            if (rows > 0) {
                leftovers.add(table + ": " + rows + " row(s)" + (columns.contains("deleted") ? " beyond bare tombstones" : ""));
            }
        }
        return leftovers;
    }

    /** Deleted, and nothing but the key, owner and version set. */
    private static String bareTombstone(List<String> columns, List<String> primaryKey) {
        Set<String> kept = new LinkedHashSet<>(primaryKey);
        kept.addAll(List.of("owner_id", "version", "deleted"));
        StringBuilder condition = new StringBuilder("deleted");
        for (String column : columns) {
            if (!kept.contains(column)) {
                condition.append(" AND (").append(quote(column)).append(" IS NULL OR CAST(").append(quote(column))
                        .append(" AS text) IN ('false', '0', '{}', '[]'))");
            }
        }
        return condition.toString();
    }

    private static List<String> ownedTables(Connection db) throws SQLException {
        return strings(db, OWNED_TABLES);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static long count(Connection db, String sql, String owner) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
