package fr.creneau.notification.billing.command;

import fr.creneau.notification.billing.view.SmsSpending;
import fr.creneau.notification.config.NotificationProperties;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.planning.view.CommuneSubscriptions;
import fr.creneau.notification.shared.domain.WallClock;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a commune may send SMS now: not when the operator switched its SMS option off, nor when its monthly budget
 * is spent and the operator chose to fall back to e-mail. A citizen's notice that was to go by SMS only then goes by
 * e-mail, so the citizen still hears of it.
 */
@Component
public class SmsGate {

    private final CommuneSubscriptions subscriptions;
    private final SmsBudgets budgets;
    private final SmsSpending spending;
    private final Set<MessageChannel> installed;
    private final Clock clock;

    SmsGate(CommuneSubscriptions subscriptions, SmsBudgets budgets, SmsSpending spending,
            NotificationProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.budgets = budgets;
        this.spending = spending;
        this.installed = properties.channels();
        this.clock = clock;
    }

    public boolean smsAllowed(String communeId) {
        return subscriptions.smsOption(communeId) && budgets.of(communeId)
                .map(budget -> !budget.stopsSmsAt(spending.in(communeId, thisMonth())))
                .orElse(true);
    }

    /** {@code chosen} without SMS when the commune may not send them; e-mail instead when nothing would be left. */
    public Set<MessageChannel> allowed(String communeId, Set<MessageChannel> chosen, NoticeKind kind) {
        if (!chosen.contains(MessageChannel.SMS) || smsAllowed(communeId)) {
            return chosen;
        }
        Set<MessageChannel> kept = EnumSet.noneOf(MessageChannel.class);
        kept.addAll(chosen);
        kept.remove(MessageChannel.SMS);
        if (kept.isEmpty() && !kind.forAgents() && installed.contains(MessageChannel.EMAIL)) {
            kept.add(MessageChannel.EMAIL);
        }
        return kept;
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(WallClock.PARIS));
    }
}
