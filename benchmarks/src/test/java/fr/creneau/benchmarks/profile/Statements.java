package fr.creneau.benchmarks.profile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every statement each service sent PostgreSQL during a window, counted per operation, from
 * {@code pg_stat_statements}: which round trips make up a reservation's transactions, service by service. The
 * counts do not depend on the machine's load, unlike times; what runs in the background (a processor polling, a
 * claim renewed) is divided by the window's operations like the rest, so it weighs more at low rates.
 */
public final class Statements {

    /** The windows whose statements are counted, comma-separated: "reservation 8,reservation 32". */
    public static final List<String> WINDOWS = List.of(System.getProperty("benchmark.statements", "").split(","))
            .stream().map(String::trim).filter(name -> !name.isEmpty()).toList();

    /** The server settings that load the extension; PostgreSQL reads them only when it starts. */
    public static final Map<String, String> SERVER_SETTINGS = Map.of(
            "shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track", "all",
            "pg_stat_statements.max", "5000");

    private static final String QUERY = """
            SELECT d.datname, s.calls, s.rows, regexp_replace(s.query, '\\s+', ' ', 'g') FROM pg_stat_statements s
            JOIN pg_database d ON d.oid = s.dbid WHERE d.datname LIKE 'creneau\\_%' AND d.datname <> 'creneau_statements'
            ORDER BY d.datname, s.calls DESC""";

    private final String scratchJdbcUrl;
    private final String user;
    private final String password;

    /** {@code scratchJdbcUrl}: a database of the benchmark's own, where the extension's view is created. */
    public Statements(String scratchJdbcUrl, String user, String password) {
        this.scratchJdbcUrl = scratchJdbcUrl;
        this.user = user;
        this.password = password;
        run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }

    public void reset() {
        run("SELECT pg_stat_statements_reset()");
    }

    /** One line per statement sent at least {@code minPerOperation} times per operation, by database. */
    public List<String> perOperation(long operations, double minPerOperation) {
        List<String> lines = new ArrayList<>();
        double n = Math.max(1, operations);
        try (Connection connection = connect(); ResultSet result = connection.createStatement().executeQuery(QUERY)) {
            String database = "";
            while (result.next()) {
                double calls = result.getLong(2) / n;
                if (calls < minPerOperation) {
                    continue;
                }
                if (!result.getString(1).equals(database)) {
                    database = result.getString(1);
                    lines.add(database.substring("creneau_".length()) + ":");
                }
                String query = result.getString(4);
                lines.add(String.format(Locale.ROOT, "  %6.2f calls %7.2f rows  %s", calls, result.getLong(3) / n,
                        query.length() > 150 ? query.substring(0, 150) + "…" : query));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    private void run(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(scratchJdbcUrl, user, password);
    }
}
