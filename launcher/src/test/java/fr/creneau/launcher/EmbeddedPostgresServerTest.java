package fr.creneau.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void theDatabasesAndTheirDataSurviveARestart() throws SQLException {
        try (Postgres first = start()) {
            first.createDatabases(List.of("creneau_booking", "creneau_stats"));
            execute(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }

        try (Postgres second = start()) {
            second.createDatabases(List.of("creneau_booking", "creneau_stats"));
            try (Connection connection = connect(second);
                 ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void itsProcessesCanBeMeasured() {
        try (Postgres postgres = start()) {
            assertThat(postgres.processIds()).isNotEmpty();
            assertThat(ResidentMemory.kibibytes(postgres.processIds())).isPositive();
        }
    }

    @Test
    void aCommitWaitsForTheDisk() throws SQLException {
        try (Postgres postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0,
                data.resolve("logs/postgresql.log"), Map.of())) {
            postgres.createDatabases(List.of("creneau_booking"));
            assertCommitsWaitForTheDisk(postgres);
        }
    }

    private static void assertCommitsWaitForTheDisk(Postgres postgres) throws SQLException {
        try (Connection connection = connect(postgres);
             ResultSet setting = connection.createStatement().executeQuery(
                     "SELECT current_setting('synchronous_commit'), current_setting('fsync')")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).as("synchronous_commit").isEqualTo("on");
            assertThat(setting.getString(2)).as("fsync").isEqualTo("on");
        }
    }

    private Postgres start() {
        return EmbeddedPostgresServer.start(data.resolve("postgres"), 0, data.resolve("logs/postgresql.log"),
                Map.of("fsync", "off"));
    }

    private static void execute(Postgres postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Postgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("creneau_booking"), postgres.user(), postgres.password());
    }
}
