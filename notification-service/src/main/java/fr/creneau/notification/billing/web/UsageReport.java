package fr.creneau.notification.billing.web;

import fr.creneau.notification.billing.domain.SmsBudget;
import fr.creneau.notification.billing.domain.VoicePricing;
import fr.creneau.notification.billing.view.SmsUsage.MonthlyUsage;

import java.math.BigDecimal;
import java.util.List;

/**
 * A commune's month as the operator invoices it. {@code overBudget}: the month's SMS reached the budget (with
 * {@code CONTINUE_AND_FLAG}, the SMS went on past it). {@code smsOption} false: the operator switched SMS off.
 */
public record UsageReport(String communeId, String month, int sms, int segments, BigDecimal cost,
        BigDecimal pricePerSegment, int emails, int appointmentsBySms, int appointmentsByEmail, boolean smsOption,
        SmsBudget budget, Integer budgetPercentSpent, List<Integer> alertsRaised, boolean overBudget,
        int voiceMinutes, BigDecimal voiceCost, BigDecimal pricePerVoiceMinute) {

    static UsageReport of(MonthlyUsage usage, BigDecimal pricePerSegment, boolean smsOption, SmsBudget budget,
            int voiceMinutes, VoicePricing voice) {
        return new UsageReport(usage.communeId(), usage.month().toString(), usage.sms(), usage.segments(),
                usage.cost(), pricePerSegment, usage.emails(), usage.appointmentsBySms(), usage.appointmentsByEmail(),
                smsOption, budget, budget == null ? null : budget.percentSpent(usage.cost()), usage.alerts(),
                budget != null && budget.exhaustedBy(usage.cost()), voiceMinutes, voice.cost(voiceMinutes),
                voice.pricePerMinute());
    }
}
