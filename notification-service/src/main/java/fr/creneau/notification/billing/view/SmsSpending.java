package fr.creneau.notification.billing.view;

import fr.creneau.notification.shared.domain.WallClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;

/** What a commune spent on SMS in a month of Paris time: the cost of the SMS sent in it. */
@Repository
public class SmsSpending {

    private final JdbcClient jdbc;

    SmsSpending(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public BigDecimal in(String communeId, YearMonth month) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(cost), 0) FROM notice
                        WHERE commune_id = :c AND channel = 'SMS' AND sent_at >= :from AND sent_at < :to""")
                .param("c", communeId)
                .param("from", Timestamp.from(month.atDay(1).atStartOfDay(WallClock.PARIS).toInstant()))
                .param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(WallClock.PARIS).toInstant()))
                .query(BigDecimal.class).single();
    }
}
