package fr.creneau.notification.billing.view;

import fr.creneau.notification.shared.domain.WallClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;

/**
 * A commune's messages of one month of Paris time, for invoicing: the SMS sent (count, segments, cost), the e-mails
 * sent, and the appointments that had at least one message sent by SMS, by e-mail; and the budget's alerts raised.
 */
@Repository
public class SmsUsage {

    private static final String TOTALS = """
            SELECT commune_id,
                   COUNT(*) FILTER (WHERE channel = 'SMS') AS sms,
                   COALESCE(SUM(segments) FILTER (WHERE channel = 'SMS'), 0) AS segments,
                   COALESCE(SUM(cost) FILTER (WHERE channel = 'SMS'), 0) AS cost,
                   COUNT(*) FILTER (WHERE channel = 'EMAIL') AS emails,
                   COUNT(DISTINCT appointment_id) FILTER (WHERE channel = 'SMS') AS appointments_by_sms,
                   COUNT(DISTINCT appointment_id) FILTER (WHERE channel = 'EMAIL') AS appointments_by_email
            FROM notice
            WHERE sent_at >= :from AND sent_at < :to""";

    private final JdbcClient jdbc;

    SmsUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MonthlyUsage of(String communeId, YearMonth month) {
        return jdbc.sql(TOTALS + " AND commune_id = :c GROUP BY commune_id")
                .param("c", communeId).param("from", start(month)).param("to", start(month.plusMonths(1)))
                .query((rs, row) -> usage(rs, month, alerts(communeId, month)))
                .optional()
                .orElseGet(() -> new MonthlyUsage(communeId, month, 0, 0, BigDecimal.ZERO, 0, 0, 0,
                        alerts(communeId, month)));
    }

    /** Every commune that sent a message in the month. */
    public List<MonthlyUsage> all(YearMonth month) {
        return jdbc.sql(TOTALS + " GROUP BY commune_id ORDER BY commune_id")
                .param("from", start(month)).param("to", start(month.plusMonths(1)))
                .query((rs, row) -> usage(rs, month, alerts(rs.getString("commune_id"), month)))
                .list();
    }

    private List<Integer> alerts(String communeId, YearMonth month) {
        return jdbc.sql("SELECT threshold FROM sms_budget_alert WHERE commune_id = :c AND month = :m ORDER BY threshold")
                .param("c", communeId).param("m", month.toString()).query(Integer.class).list();
    }

    private static MonthlyUsage usage(ResultSet rs, YearMonth month, List<Integer> alerts) throws SQLException {
        return new MonthlyUsage(rs.getString("commune_id"), month, rs.getInt("sms"), rs.getInt("segments"),
                rs.getBigDecimal("cost"), rs.getInt("emails"), rs.getInt("appointments_by_sms"),
                rs.getInt("appointments_by_email"), alerts);
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(WallClock.PARIS).toInstant());
    }

    /** {@code alerts}: the thresholds of the budget (80, 100) reached in the month. */
    public record MonthlyUsage(String communeId, YearMonth month, int sms, int segments, BigDecimal cost, int emails,
            int appointmentsBySms, int appointmentsByEmail, List<Integer> alerts) {

        public MonthlyUsage {
            cost = cost.setScale(2, java.math.RoundingMode.HALF_UP);
            alerts = List.copyOf(alerts);
        }
    }
}
