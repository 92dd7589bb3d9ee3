package fr.creneau.booking.ants.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Every call to the ANTS for a commune and how it ended, latest first, for its agents. */
@Component
public class CallLog {

    /** One call; {@code applicationIds} the numbers it was about. */
    public record Call(Instant calledAt, String operation, String applicationIds, String outcome, Integer httpStatus,
            long durationMillis, String detail) {
    }

    private final JdbcClient jdbc;

    CallLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Call> of(String communeId, int limit) {
        return jdbc.sql("""
                        SELECT called_at, operation, application_ids, outcome, http_status, duration_ms, detail
                        FROM ants_call WHERE commune_id = :id ORDER BY called_at DESC, id DESC LIMIT :limit""")
                .param("id", communeId).param("limit", limit)
                .query((rs, row) -> new Call(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getLong(6), rs.getString(7)))
                .list();
    }
}
