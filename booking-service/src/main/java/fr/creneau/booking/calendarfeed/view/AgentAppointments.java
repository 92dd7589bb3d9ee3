package fr.creneau.booking.calendarfeed.view;

import fr.creneau.booking.catalog.domain.Agent;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.Catalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An agent's appointments, as the agenda shows them: those assigned to the agent, and those of the agent's counters
 * that no agent was assigned (a counter is the agent's when planning names it among the agent's counters, or the
 * agent among the counter's). Only the appointments still expected or done are listed: a cancelled, refused,
 * unscheduled or lapsed one leaves the feed, and the calendar application removes it.
 */
@Component
public class AgentAppointments {

    private final JdbcClient jdbc;
    private final Catalog catalog;

    AgentAppointments(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** One row of the feed, before the names are looked up. */
    public record Row(String appointmentId, String typeId, String optionId, String counterId, Instant start,
            Instant end, String status, int persons, int changes, Instant changedAt, String sealedContact) {
    }

    public List<Row> of(FeedOwner owner, Instant from, Instant to) {
        Set<String> counters = countersOf(owner);
        String ofTheirCounters = counters.isEmpty() ? "" : " OR (a.agent_id IS NULL AND a.counter_id IN (:counters))";
        JdbcClient.StatementSpec query = jdbc.sql("""
                        SELECT a.*, COALESCE(c.changes, 0) AS changes, COALESCE(c.changed_at, a.booked_at) AS changed_at
                        FROM appointment a LEFT JOIN appointment_change c ON c.appointment_id = a.appointment_id
                        WHERE a.commune_id = :commune AND a.starts_at >= :from AND a.starts_at < :to
                        AND a.status IN ('AWAITING_APPROVAL', 'CONFIRMED', 'ATTENDED', 'NO_SHOW')
                        AND (a.agent_id = :agent%s)
                        ORDER BY a.starts_at""".formatted(ofTheirCounters))
                .param("commune", owner.communeId())
                .param("agent", owner.agentId())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to));
        if (!counters.isEmpty()) {
            query = query.param("counters", List.copyOf(counters));
        }
        return query.query(AgentAppointments::row).list();
    }

    private Set<String> countersOf(FeedOwner owner) {
        Set<String> counters = new LinkedHashSet<>();
        catalog.agentsOf(owner.communeId()).stream().filter(agent -> agent.agentId().equals(owner.agentId()))
                .map(Agent::counterIds).forEach(counters::addAll);
        catalog.countersOf(owner.communeId()).stream().filter(counter -> counter.agentIds().contains(owner.agentId()))
                .map(Counter::counterId).forEach(counters::add);
        return counters;
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getString("appointment_id"), rs.getString("appointment_type_id"), rs.getString("option_id"),
                rs.getString("counter_id"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("status"), rs.getInt("persons"),
                rs.getInt("changes"), rs.getTimestamp("changed_at").toInstant(), rs.getString("sealed_contact"));
    }
}
