package fr.creneau.notification.billing.command;

import fr.creneau.notification.billing.domain.SmsBudget;
import fr.creneau.notification.billing.domain.WhenExhausted;
import fr.creneau.platform.cache.ShortLivedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Optional;

/**
 * The monthly SMS budget the operator set for each commune; a commune without one has no limit. Every SMS asks, so
 * the answer is kept a few seconds: another instance learns a change within that time.
 */
@Repository
public class SmsBudgets {

    private final JdbcClient jdbc;
    private final ShortLivedReads reads = new ShortLivedReads(Duration.ofSeconds(5));

    SmsBudgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SmsBudget> of(String communeId) {
        return reads.get(communeId, () -> read(communeId));
    }

    private Optional<SmsBudget> read(String communeId) {
        return jdbc.sql("SELECT monthly_budget, when_exhausted FROM sms_budget WHERE commune_id = :c")
                .param("c", communeId)
                .query((rs, row) -> new SmsBudget(rs.getBigDecimal("monthly_budget"),
                        WhenExhausted.valueOf(rs.getString("when_exhausted"))))
                .optional();
    }

    public void save(String communeId, SmsBudget budget) {
        jdbc.sql("""
                        INSERT INTO sms_budget (commune_id, monthly_budget, when_exhausted) VALUES (:c, :budget, :when)
                        ON CONFLICT (commune_id) DO UPDATE SET monthly_budget = excluded.monthly_budget,
                            when_exhausted = excluded.when_exhausted""")
                .param("c", communeId).param("budget", budget.monthly()).param("when", budget.whenExhausted().name())
                .update();
        reads.forget();
    }

    public void remove(String communeId) {
        jdbc.sql("DELETE FROM sms_budget WHERE commune_id = :c").param("c", communeId).update();
        reads.forget();
    }
}
