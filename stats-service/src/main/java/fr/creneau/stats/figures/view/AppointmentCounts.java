package fr.creneau.stats.figures.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.figures.domain.Counts;
import fr.creneau.stats.figures.domain.FigureQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts appointments from appointment_fact. Each appointment counts once per figure, at its current date and
 * dimensions: booked and confirmed count those that ever were, cancelled, refused, attended, no-show and expired
 * holds those that are so now, unscheduled and rescheduled those that ever were. Booked minutes are the length of
 * the appointments that still hold their slot.
 */
@Repository
class AppointmentCounts {

    private static final String COUNTS = """
            SELECT %s,
                count(*) FILTER (WHERE booked) AS booked,
                count(*) FILTER (WHERE confirmed) AS confirmed,
                count(*) FILTER (WHERE booked AND status = 'CANCELLED' AND cancelled_by = 'CITIZEN') AS by_citizen,
                count(*) FILTER (WHERE booked AND status = 'CANCELLED' AND cancelled_by = 'AGENT') AS by_mairie,
                count(*) FILTER (WHERE status = 'REFUSED') AS refused,
                count(*) FILTER (WHERE unscheduled) AS unscheduled,
                count(*) FILTER (WHERE rescheduled) AS rescheduled,
                count(*) FILTER (WHERE status = 'ATTENDED') AS attended,
                count(*) FILTER (WHERE status = 'NO_SHOW') AS no_show,
                count(*) FILTER (WHERE status = 'HOLD_EXPIRED') AS holds_expired,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM start_at - booked_at))
                    FILTER (WHERE booked AND booked_at IS NOT NULL) AS lead_median,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM start_at - booked_at))
                    FILTER (WHERE booked AND booked_at IS NOT NULL) AS lead_p90,
                coalesce(sum(extract(epoch FROM end_at - start_at)) FILTER (WHERE status IN
                    ('AWAITING_APPROVAL', 'CONFIRMED', 'ATTENDED', 'NO_SHOW')), 0) / 60 AS booked_minutes
            FROM appointment_fact
            WHERE %s
            GROUP BY 1, 2""";

    private final JdbcClient jdbc;

    AppointmentCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<BucketKey, Counts> count(FigureQuery query) {
        SqlFilter filter = new SqlFilter(query, query.dateBasis().column(), AppointmentCounts::column);
        Map<BucketKey, Counts> counts = new LinkedHashMap<>();
        filter.bind(jdbc.sql(COUNTS.formatted(filter.bucketColumns(), filter.where())))
                .query((row, number) -> {
                    counts.put(key(row), counts(row));
                    return number;
                })
                .list();
        return counts;
    }

    static String column(Dimension dimension) {
        return switch (dimension) {
            case COMMUNE -> "commune_id";
            case PLACE -> "place_id";
            case COUNTER -> "counter_id";
            case AGENT -> "agent_id";
            case SERVICE -> "service_id";
            case TYPE -> "appointment_type_id";
            case OPTION -> "option_id";
            case CHANNEL -> "channel";
        };
    }

    static BucketKey key(ResultSet row) throws SQLException {
        return new BucketKey(row.getObject("period_start", LocalDate.class), row.getString("group_id"));
    }

    private static Counts counts(ResultSet row) throws SQLException {
        return new Counts(row.getLong("booked"), row.getLong("confirmed"), row.getLong("by_citizen"),
                row.getLong("by_mairie"), row.getLong("refused"), row.getLong("unscheduled"),
                row.getLong("rescheduled"), row.getLong("attended"), row.getLong("no_show"),
                row.getLong("holds_expired"), nullableDouble(row, "lead_median"), nullableDouble(row, "lead_p90"),
                row.getDouble("booked_minutes"));
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
