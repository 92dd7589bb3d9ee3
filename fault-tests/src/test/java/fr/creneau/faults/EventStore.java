package fr.creneau.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** booking-service's Axon event store, read with plain SQL: the truth about what was acknowledged. */
final class EventStore {

    private static final Pattern APPOINTMENT_ID = Pattern.compile("\"appointmentId\"\\s*:\\s*\"([^\"]+)\"");

    private final String url;
    private final String user;
    private final String password;

    EventStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The appointment ids of every stored event of this type (the simple name of its class). */
    Set<String> appointmentsWith(String eventType) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE payloadtype LIKE ?")) {
            query.setString(1, "%." + eventType);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher matcher = APPOINTMENT_ID.matcher(rows.getString(1));
                    if (matcher.find()) {
                        ids.add(matcher.group(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read booking-service's event store", e);
        }
        return ids;
    }

    /** Of these appointments, those with no stored event of this type. */
    Set<String> missing(String eventType, Collection<String> appointmentIds) {
        Set<String> stored = appointmentsWith(eventType);
        Set<String> missing = new HashSet<>(appointmentIds);
        missing.removeAll(stored);
        return missing;
    }
}
