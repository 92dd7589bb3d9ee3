package fr.creneau.notification.billing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The usage reports as CSV the way French spreadsheets open it (as the statistics' CSV): ';' between fields, decimal
 * comma, UTF-8 with a byte order mark; one line per commune and month.
 */
final class UsageCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final List<String> HEADER = List.of("commune", "mois", "sms_envoyes", "sms_segments",
            "cout_sms_euros", "prix_segment_euros", "emails_envoyes", "rendez_vous_par_sms", "rendez_vous_par_email",
            "option_sms", "budget_euros", "budget_atteint_pourcent", "hors_budget", "minutes_voix", "cout_voix_euros",
            "prix_minute_voix_euros");

    private UsageCsv() {
    }

    static String write(List<UsageReport> reports) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(String.join(";", HEADER)).append("\r\n");
        for (UsageReport r : reports) {
            csv.append(Stream.of(r.communeId(), r.month(), r.sms(), r.segments(), r.cost(), r.pricePerSegment(),
                            r.emails(), r.appointmentsBySms(), r.appointmentsByEmail(), yesNo(r.smsOption()),
                            r.budget() == null ? null : r.budget().monthly(), r.budgetPercentSpent(),
                            yesNo(r.overBudget()), r.voiceMinutes(), r.voiceCost(), r.pricePerVoiceMinute())
                    .map(UsageCsv::field).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        return value.toString();
    }
}
