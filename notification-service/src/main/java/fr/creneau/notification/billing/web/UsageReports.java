package fr.creneau.notification.billing.web;

import fr.creneau.notification.billing.command.SmsBudgets;
import fr.creneau.notification.billing.domain.VoicePricing;
import fr.creneau.notification.billing.view.SmsUsage;
import fr.creneau.notification.billing.view.VoiceMinutes;
import fr.creneau.notification.planning.view.CommuneSubscriptions;
import fr.creneau.notification.sms.domain.SmsPricing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts a month's SMS, budget and voice minutes of a commune together, priced (a voice minute at
 * VOICE_PRICE_EUR_PER_MINUTE), as the operator invoices them.
 */
@Component
class UsageReports {

    private final SmsUsage usage;
    private final SmsBudgets budgets;
    private final CommuneSubscriptions subscriptions;
    private final SmsPricing smsPricing;
    private final VoiceMinutes voiceMinutes;
    private final VoicePricing voicePricing;

    UsageReports(SmsUsage usage, SmsBudgets budgets, CommuneSubscriptions subscriptions, SmsPricing smsPricing,
            VoiceMinutes voiceMinutes,
            @Value("${creneau.notification.voice-price-per-minute}") BigDecimal pricePerVoiceMinute) {
        this.usage = usage;
        this.budgets = budgets;
        this.subscriptions = subscriptions;
        this.smsPricing = smsPricing;
        this.voiceMinutes = voiceMinutes;
        this.voicePricing = new VoicePricing(pricePerVoiceMinute);
    }

    UsageReport of(String communeId, YearMonth month) {
        return report(usage.of(communeId, month));
    }

    /** Every commune that sent a message, or whose voice line was called, in the month. */
    List<UsageReport> all(YearMonth month) {
        Map<String, SmsUsage.MonthlyUsage> communes = new TreeMap<>();
        usage.all(month).forEach(monthly -> communes.put(monthly.communeId(), monthly));
        voiceMinutes.all(month).keySet().forEach(commune -> communes.computeIfAbsent(commune, c -> usage.of(c, month)));
        return communes.values().stream().map(this::report).toList();
    }

    private UsageReport report(SmsUsage.MonthlyUsage monthly) {
        String communeId = monthly.communeId();
        return UsageReport.of(monthly, smsPricing.pricePerSegment(), subscriptions.smsOption(communeId),
                budgets.of(communeId).orElse(null), voiceMinutes.in(communeId, monthly.month()), voicePricing);
    }
}
