package fr.creneau.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Transactions committed and rows written in each service's database, from PostgreSQL's own statistics: how many
 * round trips to the disk an operation costs, service by service.
 */
final class DatabaseWork {

    private static final String QUERY = """
            SELECT datname, xact_commit, tup_inserted + tup_updated + tup_deleted AS written FROM pg_stat_database
            WHERE datname LIKE 'creneau\\_%' AND datname NOT IN ('creneau_benchmark', 'creneau_statements') ORDER BY datname""";

    private final Map<String, long[]> counts;

    private DatabaseWork(Map<String, long[]> counts) {
        this.counts = counts;
    }

    static DatabaseWork now(String jdbcUrl, String user, String password) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             ResultSet result = connection.createStatement().executeQuery(QUERY)) {
            while (result.next()) {
                counts.put(result.getString(1).substring("creneau_".length()),
                        new long[] {result.getLong(2), result.getLong(3)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseWork(counts);
    }

    /** "booking 4.0 tx 9.0 rows, notification ..." per operation since {@code earlier}. */
    String perOperationSince(DatabaseWork earlier, long operations) {
        return counts.entrySet().stream().map(entry -> {
            long[] before = earlier.counts.getOrDefault(entry.getKey(), new long[2]);
            double n = Math.max(1, operations);
            return "%s %.1f tx %.1f rows".formatted(entry.getKey(), (entry.getValue()[0] - before[0]) / n,
                    (entry.getValue()[1] - before[1]) / n);
        }).collect(Collectors.joining(", "));
    }
}
