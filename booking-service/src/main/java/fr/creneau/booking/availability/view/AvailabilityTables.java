package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reads the availability projection. */
@Repository
class AvailabilityTables {

    private final JdbcClient jdbc;

    AvailabilityTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CapacityWindow> windows(String counterId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at, capacity, agent_ids FROM capacity_window
                        WHERE counter_id = :counterId AND starts_at < :to AND ends_at > :from ORDER BY starts_at""")
                .param("counterId", counterId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new CapacityWindow(range(rs), rs.getInt("capacity"), agents(rs.getString("agent_ids"))))
                .list();
    }

    List<Usage> usage(String counterId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at, units FROM occupancy
                        WHERE counter_id = :counterId AND starts_at < :to AND ends_at > :from""")
                .param("counterId", counterId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new Usage(range(rs), rs.getInt("units")))
                .list();
    }

    /** When {@code agentId} is already booked at that counter. */
    List<TimeRange> agentBusy(String counterId, String agentId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at FROM occupancy
                        WHERE counter_id = :counterId AND agent_id = :agentId AND starts_at < :to AND ends_at > :from""")
                .param("counterId", counterId)
                .param("agentId", agentId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> range(rs))
                .list();
    }

    private static TimeRange range(ResultSet rs) throws SQLException {
        return new TimeRange(rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
    }

    private static List<String> agents(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
