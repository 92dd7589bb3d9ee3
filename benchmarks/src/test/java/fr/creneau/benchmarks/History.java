package fr.creneau.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Years of bookings written straight into booking-service's database, as if they had been made long ago: each
 * booking two events (SlotReserved, then AppointmentConfirmed) in the event store, cloned from a real booking of
 * the run with an id of its own, and its rows in the read side (appointment, occupancy, contact key, manage
 * token). The events get negative global indexes: they sit before the publisher's position, as events it published
 * long ago do, so it does not publish them again. Counter-days of 100 bookings each, on 100 counters, before today;
 * the first counters are the measured commune's own, so that its availability reads, as a real commune's would after
 * years on the platform, pass over its own past (1 % of the history each, at 100 counters).
 */
final class History {

    private static final int BOOKINGS_PER_DAY = 100;
    private static final int COUNTERS = 100;
    private static final int CHUNK = 25_000;
    private static final String INDEX = "((b / 100) % 100)";
    private static final String START = "(current_date - 1 - (b / 10000)) + time '08:00' + (b % 36) * interval '20 minutes'";

    private History() {
    }

    /**
     * Adds bookings numbered from {@code from} (inclusive) to {@code to} (exclusive), the first counters being those of
     * {@code communeId}'s bookings; returns the events added.
     */
    static long seed(String jdbcUrl, String user, String password, String communeId, long from, long to)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            Template template = Template.find(connection);
            Counters counters = Counters.of(connection, communeId);
            for (long start = from; start < to; start += CHUNK) {
                long end = Math.min(to, start + CHUNK) - 1;
                insert(connection, template, counters, start, end);
            }
            try (Statement statement = connection.createStatement()) {
                // what autovacuum does soon after a bulk load; the figures are those of a table in its steady state
                statement.execute("ANALYZE");
            }
        }
        return (to - from) * 2;
    }

    /** Events in the event store, all of them. */
    static long events(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void insert(Connection connection, Template template, Counters counters, long from, long to)
            throws SQLException {
        String range = "FROM generate_series(" + from + ", " + to + ") b";
        String counter = counters.counter();
        String day = counter + " || '/' || (current_date - 1 - (b / 10000))";
        try (PreparedStatement events = connection.prepareStatement("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                    metadata, payload, payloadrevision, payloadtype, timestamp)
                SELECT -(b * 2 + t.e + 1), %s, (b %% %d) * 2 + t.e, t.type, 'seed-' || b || '-' || t.e, t.metadata,
                    convert_to(replace(convert_from(t.payload, 'UTF8'), ?, 'seed-' || b), 'UTF8'), t.payloadrevision,
                    t.payloadtype, t.timestamp
                %s CROSS JOIN (SELECT 0 AS e, * FROM domainevententry WHERE eventidentifier = ?
                               UNION ALL SELECT 1 AS e, * FROM domainevententry WHERE eventidentifier = ?) t"""
                .formatted(day, BOOKINGS_PER_DAY, range));
             Statement rows = connection.createStatement()) {
            events.setString(1, template.appointmentId());
            events.setString(2, template.reservedEventId());
            events.setString(3, template.confirmedEventId());
            events.executeUpdate();
            rows.execute("""
                    INSERT INTO appointment (appointment_id, counter_day_id, commune_id, appointment_type_id, counter_id,
                        starts_at, ends_at, status, units, persons, channel, booked_at, sealed_contact)
                    SELECT 'seed-' || b, %s, %s, 'seed-type', %s, %s, %s + interval '20 minutes', 'CONFIRMED', 1, 1,
                        'WEB', %s - interval '10 days', %s %s"""
                    .formatted(day, counters.commune(), counter, START, START, START,
                            quoted(template.sealedContact()), range));
            rows.execute("""
                    INSERT INTO occupancy (appointment_id, counter_day_id, counter_id, starts_at, ends_at, units)
                    SELECT 'seed-' || b, %s, %s, %s, %s + interval '20 minutes', 1 %s"""
                    .formatted(day, counter, START, START, range));
            rows.execute("INSERT INTO contact_key (appointment_id, secret_key) SELECT 'seed-' || b, "
                    + "decode(md5('k' || b) || md5('l' || b), 'hex') " + range);
            rows.execute("INSERT INTO manage_token (token_hash, appointment_id) SELECT md5('t' || b) || md5('u' || b), "
                    + "'seed-' || b " + range);
        }
    }

    private static String quoted(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /** The measured commune's counters, which take the first counter numbers of the history. */
    private record Counters(String communeId, List<String> own) {

        static Counters of(Connection connection, String communeId) throws SQLException {
            List<String> own = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT counter_id FROM appointment WHERE commune_id = ? ORDER BY counter_id")) {
                statement.setString(1, communeId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        own.add(result.getString(1));
                    }
                }
            }
            if (own.isEmpty() || own.size() >= COUNTERS) {
                throw new IllegalStateException("the commune " + communeId + " has no booking to take counters from");
            }
            return new Counters(communeId, own);
        }

        /** The counter of booking {@code b}, as SQL. */
        String counter() {
            StringBuilder sql = new StringBuilder("(CASE " + INDEX);
            for (int i = 0; i < own.size(); i++) {
                sql.append(" WHEN ").append(i).append(" THEN ").append(quoted(own.get(i)));
            }
            return sql.append(" ELSE 'seed-counter-' || ").append(INDEX).append(" END)").toString();
        }

        /** The commune of booking {@code b}, as SQL. */
        String commune() {
            return "(CASE WHEN " + INDEX + " < " + own.size() + " THEN " + quoted(communeId)
                    + " ELSE 'seed-commune-' || (" + INDEX + " % 20) END)";
        }
    }

    /** A real booking of the run, confirmed, whose two events the history copies. */
    private record Template(String appointmentId, String reservedEventId, String confirmedEventId,
                            String sealedContact) {

        static Template find(Connection connection) throws SQLException {
            try (ResultSet result = connection.createStatement().executeQuery("""
                    SELECT a.appointment_id, a.sealed_contact,
                        (SELECT eventidentifier FROM domainevententry WHERE payloadtype LIKE '%.SlotReserved'
                         AND position(a.appointment_id IN convert_from(payload, 'UTF8')) > 0 LIMIT 1) AS reserved,
                        (SELECT eventidentifier FROM domainevententry WHERE payloadtype LIKE '%.AppointmentConfirmed'
                         AND position(a.appointment_id IN convert_from(payload, 'UTF8')) > 0 LIMIT 1) AS confirmed
                    FROM appointment a WHERE a.status = 'CONFIRMED' AND a.appointment_id NOT LIKE 'seed-%'
                    ORDER BY a.booked_at LIMIT 1""")) {
                if (!result.next() || result.getString("confirmed") == null) {
                    throw new IllegalStateException("no confirmed booking of the run to copy the history from");
                }
                return new Template(result.getString(1), result.getString("reserved"), result.getString("confirmed"),
                        result.getString(2));
            }
        }
    }
}
