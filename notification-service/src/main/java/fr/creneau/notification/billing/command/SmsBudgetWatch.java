package fr.creneau.notification.billing.command;

import fr.creneau.notification.billing.domain.SmsBudget;
import fr.creneau.notification.billing.domain.WhenExhausted;
import fr.creneau.notification.billing.view.SmsSpending;
import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.settings.command.AgentSettings;
import fr.creneau.notification.settings.command.CommuneAdministrators;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.MergeField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * After each SMS a commune sends, raises the thresholds of its budget it has just reached, once a month each: a
 * notice at 80 % and at 100 % to each of the commune's administrators (their accounts' e-mail, as the gateway said)
 * and to its agents' address (its agents' settings). The alert is recorded even when there is no address, and the
 * usage report shows it.
 */
@Component
public class SmsBudgetWatch {

    private final SmsBudgets budgets;
    private final SmsSpending spending;
    private final AgentSettings agents;
    private final CommuneAdministrators administrators;
    private final Notices notices;
    private final JdbcClient jdbc;
    private final Clock clock;

    SmsBudgetWatch(SmsBudgets budgets, SmsSpending spending, AgentSettings agents,
            CommuneAdministrators administrators, Notices notices, JdbcClient jdbc, Clock clock) {
        this.budgets = budgets;
        this.spending = spending;
        this.agents = agents;
        this.administrators = administrators;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void afterSms(String communeId) {
        SmsBudget budget = budgets.of(communeId).orElse(null);
        if (budget == null) {
            return;
        }
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(WallClock.PARIS));
        BigDecimal spent = spending.in(communeId, month);
        for (int threshold : budget.thresholdsReached(spent)) {
            if (firstTime(communeId, month, threshold, now)) {
                warn(communeId, month, threshold, budget, spent);
            }
        }
    }

    private boolean firstTime(String communeId, YearMonth month, int threshold, Instant now) {
        return jdbc.sql("""
                        INSERT INTO sms_budget_alert (commune_id, month, threshold, raised_at)
                        VALUES (:c, :month, :threshold, :at) ON CONFLICT DO NOTHING""")
                .param("c", communeId).param("month", month.toString()).param("threshold", threshold)
                .param("at", Timestamp.from(now)).update() == 1;
    }

    private void warn(String communeId, YearMonth month, int threshold, SmsBudget budget, BigDecimal spent) {
        Set<String> recipients = new LinkedHashSet<>(administrators.emails(communeId));
        agents.find(communeId).ifPresent(setting -> recipients.addAll(setting.emails()));
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Object> fields = Map.of(
                MergeField.CONSOMMATION_SMS.key(), "%s sur un budget de %s (%d %%)".formatted(euros(spent),
                        euros(budget.monthly()), budget.percentSpent(spent)),
                MergeField.SUITE_BUDGET_SMS.key(), next(threshold, budget.whenExhausted()));
        notices.enqueue(new NewNotice("sms-budget/" + communeId + "/" + month + "/" + threshold,
                NoticeKind.SMS_BUDGET_ALERT, MessageChannel.EMAIL, communeId, null, null,
                String.join(", ", recipients), fields));
    }

    private static String next(int threshold, WhenExhausted whenExhausted) {
        if (threshold < SmsBudget.EXHAUSTED) {
            return "Une fois le budget atteint, " + (whenExhausted == WhenExhausted.FALL_BACK_TO_EMAIL
                    ? "les messages partiront par e-mail jusqu'à la fin du mois."
                    : "les SMS continueront de partir, et le dépassement sera signalé à l'opérateur.");
        }
        return whenExhausted == WhenExhausted.FALL_BACK_TO_EMAIL
                ? "Plus aucun SMS ne part ce mois-ci : les messages partent par e-mail."
                : "Les SMS continuent de partir ; le dépassement est signalé à l'opérateur.";
    }

    static String euros(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }
}
