package fr.creneau.platform.schema;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Before Flyway validates, moves the recorded checksum of each {@link SupersededChecksum} from its old value to its new
 * one, so that a database migrated before the change validates without a manual {@code flyway repair}. Only that
 * exact old value moves: any other difference between a migration and its history still fails, as Flyway means it to.
 */
public class SupersededChecksums implements Callback {

    private static final Logger log = LoggerFactory.getLogger(SupersededChecksums.class);

    private final List<SupersededChecksum> superseded;

    public SupersededChecksums(List<SupersededChecksum> superseded) {
        this.superseded = List.copyOf(superseded);
    }

    List<SupersededChecksum> superseded() {
        return superseded;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String schema = context.getConfiguration().getDefaultSchema();
        String table = context.getConfiguration().getTable();
        Connection connection = context.getConnection();
        try {
            if (superseded.isEmpty() || !exists(connection, schema, table)) {
                return;
            }
            String history = schema == null ? table : schema + "." + table;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + history + " SET checksum = ? WHERE script = ? AND checksum = ?")) {
                for (SupersededChecksum change : superseded) {
                    update.setInt(1, change.now());
                    update.setString(2, change.script());
                    update.setInt(3, change.was());
                    if (update.executeUpdate() > 0) {
                        log.info("{}: checksum {} recorded as {}, the same schema written once", change.script(),
                                change.was(), change.now());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the superseded checksums of " + table, e);
        }
    }

    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
            return tables.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "superseded checksums";
    }
}
