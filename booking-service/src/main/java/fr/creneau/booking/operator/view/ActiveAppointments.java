package fr.creneau.booking.operator.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The appointments still to come of each commune: confirmed, or waiting for an agent's approval. */
@Repository
public class ActiveAppointments {

    private final JdbcClient jdbc;

    ActiveAppointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommuneCount> after(Instant now) {
        return jdbc.sql("""
                        SELECT commune_id, COUNT(*) AS active FROM appointment
                        WHERE status IN ('CONFIRMED', 'AWAITING_APPROVAL') AND starts_at >= :now
                        GROUP BY commune_id ORDER BY commune_id""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new CommuneCount(rs.getString("commune_id"), rs.getLong("active")))
                .list();
    }

    public record CommuneCount(String communeId, long activeAppointments) {
    }
}
