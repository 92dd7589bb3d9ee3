package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the availability projection. */
@Repository
class AvailabilityTables {

    /**
     * Longer than any capacity window or occupancy can last: both lie inside one counter-day, at most 25 hours on a
     * day the clocks go back. The lower bound keeps each read on its days in the {@code (counter_id, starts_at)}
     * indexes; with only {@code starts_at < :to}, it passed over the counter's whole past, which grows every day.
     */
    private static final Duration LONGEST = Duration.ofHours(48);

    private final JdbcClient jdbc;

    AvailabilityTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CapacityWindow> windows(String counterId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at, capacity, agent_ids FROM capacity_window
                        WHERE counter_id = :counterId AND starts_at < :to AND starts_at > :earliest AND ends_at > :from ORDER BY starts_at""")
                .param("counterId", counterId)
                .param("from", Timestamp.from(from))
                .param("earliest", Timestamp.from(from.minus(LONGEST)))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new CapacityWindow(range(rs), rs.getInt("capacity"), agents(rs.getString("agent_ids"))))
                .list();
    }

    List<Usage> usage(String counterId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at, units FROM occupancy
                        WHERE counter_id = :counterId AND starts_at < :to AND starts_at > :earliest AND ends_at > :from""")
                .param("counterId", counterId)
                .param("from", Timestamp.from(from))
                .param("earliest", Timestamp.from(from.minus(LONGEST)))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new Usage(range(rs), rs.getInt("units")))
                .list();
    }

    /** The capacity windows of many counters at once, by counter, each counter's in order. */
    Map<String, List<CapacityWindow>> windowsOf(Collection<String> counterIds, Instant from, Instant to) {
        Map<String, List<CapacityWindow>> windows = new HashMap<>();
        jdbc.sql("""
                        SELECT counter_id, starts_at, ends_at, capacity, agent_ids FROM capacity_window
                        WHERE counter_id IN (:counterIds) AND starts_at < :to AND starts_at > :earliest AND ends_at > :from
                        ORDER BY counter_id, starts_at""")
                .param("counterIds", counterIds)
                .param("from", Timestamp.from(from))
                .param("earliest", Timestamp.from(from.minus(LONGEST)))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    windows.computeIfAbsent(rs.getString("counter_id"), id -> new ArrayList<>()).add(
                            new CapacityWindow(range(rs), rs.getInt("capacity"), agents(rs.getString("agent_ids"))));
                });
        return windows;
    }

    /** What is booked at many counters at once, by counter. */
    Map<String, List<Usage>> usageOf(Collection<String> counterIds, Instant from, Instant to) {
        Map<String, List<Usage>> used = new HashMap<>();
        jdbc.sql("""
                        SELECT counter_id, starts_at, ends_at, units FROM occupancy
                        WHERE counter_id IN (:counterIds) AND starts_at < :to AND starts_at > :earliest AND ends_at > :from""")
                .param("counterIds", counterIds)
                .param("from", Timestamp.from(from))
                .param("earliest", Timestamp.from(from.minus(LONGEST)))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    used.computeIfAbsent(rs.getString("counter_id"), id -> new ArrayList<>())
                            .add(new Usage(range(rs), rs.getInt("units")));
                });
        return used;
    }

    /** When {@code agentId} is already booked at that counter. */
    List<TimeRange> agentBusy(String counterId, String agentId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at FROM occupancy
                        WHERE counter_id = :counterId AND agent_id = :agentId AND starts_at < :to AND starts_at > :earliest AND ends_at > :from""")
                .param("counterId", counterId)
                .param("agentId", agentId)
                .param("from", Timestamp.from(from))
                .param("earliest", Timestamp.from(from.minus(LONGEST)))
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
