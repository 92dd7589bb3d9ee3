package fr.creneau.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From a SlotReserved stored in booking-service's event store to its code reaching the fake Twilio. The start is
 * the event's timestamp, taken when the counter-day applies it, a moment before it is stored: the figure is, if
 * anything, a little long.
 */
final class CodeLatency {

    private static final String RESERVED = """
            SELECT convert_from(payload, 'UTF8')::jsonb -> 'booking' ->> 'appointmentId' AS appointment, timestamp
            FROM domainevententry WHERE payloadtype LIKE '%.SlotReserved' AND globalindex > ?""";

    private static final String RECORDED = """
            SELECT appointment_id, created_at FROM notice
            WHERE kind = 'ONE_TIME_CODE' AND channel = 'SMS' AND appointment_id = ANY (?)""";

    private CodeLatency() {
    }

    /** The highest global index of the event store now: the events of a window come after it. */
    static long mark(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT coalesce(max(globalindex), 0) FROM domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Waits up to {@code grace} for the codes of these holds, then times each of them. */
    static LoadResult of(String name, List<Citizens.Hold> holds, FakeTwilio twilio, String jdbcUrl, String user,
                         String password, long mark, Duration grace) throws Exception {
        long deadline = System.nanoTime() + grace.toNanos();
        while (holds.stream().anyMatch(hold -> twilio.latest(hold.mobile()) == null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Map<String, Instant> stored = storedAt(jdbcUrl, user, password, mark);
        List<Long> latencies = new ArrayList<>();
        long missing = 0;
        for (Citizens.Hold hold : holds) {
            FakeTwilio.Sms sms = twilio.latest(hold.mobile());
            Instant event = stored.get(hold.appointmentId());
            if (sms == null || event == null) {
                missing++;
            } else {
                latencies.add(Duration.between(event, sms.receivedAt()).toNanos());
            }
        }
        return new LoadResult(name, 1, Double.NaN, Percentiles.ofNanos(latencies),
                missing == 0 ? Map.of(200, (long) latencies.size()) : Map.of(200, (long) latencies.size(), 598, missing));
    }

    /**
     * The same codes in two stages, to say where the time goes: from the event stored to the notice recorded by
     * notification-service (the publisher, Kafka, the consumer's transaction), then from the notice recorded to the SMS
     * at the fake Twilio (composing, the send after the commit, Twilio's API).
     */
    static List<LoadResult> stages(String name, List<Citizens.Hold> holds, FakeTwilio twilio, String bookingUrl,
                                   String notificationUrl, String user, String password, long mark)
            throws SQLException {
        Map<String, Instant> stored = storedAt(bookingUrl, user, password, mark);
        Map<String, Instant> recorded = recordedAt(notificationUrl, user, password, holds);
        List<Long> toNotice = new ArrayList<>();
        List<Long> toSms = new ArrayList<>();
        for (Citizens.Hold hold : holds) {
            FakeTwilio.Sms sms = twilio.latest(hold.mobile());
            Instant event = stored.get(hold.appointmentId());
            Instant notice = recorded.get(hold.appointmentId());
            if (event != null && notice != null) {
                toNotice.add(Duration.between(event, notice).toNanos());
            }
            if (notice != null && sms != null) {
                toSms.add(Duration.between(notice, sms.receivedAt()).toNanos());
            }
        }
        return List.of(
                new LoadResult(name + ": stored → notice recorded", 1, Double.NaN, Percentiles.ofNanos(toNotice),
                        Map.of(200, (long) toNotice.size())),
                new LoadResult(name + ": notice recorded → SMS", 1, Double.NaN, Percentiles.ofNanos(toSms),
                        Map.of(200, (long) toSms.size())));
    }

    private static Map<String, Instant> recordedAt(String jdbcUrl, String user, String password,
                                                   List<Citizens.Hold> holds) throws SQLException {
        Map<String, Instant> recorded = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement query = connection.prepareStatement(RECORDED)) {
            query.setArray(1, connection.createArrayOf("varchar",
                    holds.stream().map(Citizens.Hold::appointmentId).toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    recorded.put(result.getString(1), result.getTimestamp(2).toInstant());
                }
            }
        }
        return recorded;
    }

    private static Map<String, Instant> storedAt(String jdbcUrl, String user, String password, long mark)
            throws SQLException {
        Map<String, Instant> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement query = connection.prepareStatement(RESERVED)) {
            query.setLong(1, mark);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    stored.put(result.getString("appointment"), Instant.parse(result.getString("timestamp")));
                }
            }
        }
        return stored;
    }
}
