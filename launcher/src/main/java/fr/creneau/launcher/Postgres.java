package fr.creneau.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A PostgreSQL server the services use: the embedded one the launcher runs, or one running elsewhere. */
interface Postgres extends AutoCloseable {

    String host();

    int port();

    String user();

    String password();

    /** The server's processes, for measuring their memory; empty when the server is not ours. */
    List<Long> processIds();

    @Override
    void close();

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates the databases that do not exist yet; keeps the others and their data. */
    default void createDatabases(List<String> names) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password())) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE \"" + name + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Impossible de créer les bases de données sur " + host() + ":" + port()
                    + " : " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
