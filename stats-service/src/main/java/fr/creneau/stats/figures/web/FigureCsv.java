package fr.creneau.stats.figures.web;

import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.domain.FigureRow;
import fr.creneau.stats.figures.domain.Figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows as CSV the way French spreadsheets open it: ';' between fields, decimal comma (the SMS cost in euros,
 * not cents), UTF-8 with a byte order mark so that accents survive. One header line, then one line per row. A label
 * starting like a formula is prefixed with a quote, so that a spreadsheet shows it instead of running it.
 */
final class FigureCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final List<String> HEADER = List.of("debut_periode", "groupe", "groupe_id", "libelle",
            "reserves", "confirmes", "annules", "annules_par_usager", "annules_par_mairie", "refuses", "deprogrammes",
            "reprogrammes", "honores", "absences", "reservations_expirees", "taux_absence", "taux_annulation",
            "delai_median_heures", "delai_p90_heures", "minutes_reservees", "minutes_capacite", "taux_occupation",
            "sms_envoyes", "sms_segments", "cout_sms_euros", "sms_distribues", "sms_non_distribues");

    private FigureCsv() {
    }

    static String write(FigureQuery query, List<FigureRow> rows) {
        String group = query.groupBy() == null ? "" : query.groupBy().parameter();
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(String.join(";", HEADER)).append("\r\n");
        for (FigureRow row : rows) {
            Figures f = row.figures();
            csv.append(Stream.of(row.periodStart(), group, row.groupId(), row.groupLabel(), f.booked(), f.confirmed(),
                            f.cancelled(), f.cancelledByCitizen(), f.cancelledByMairie(), f.refused(), f.unscheduled(),
                            f.rescheduled(), f.attended(), f.noShow(), f.holdsExpired(), f.noShowRate(),
                            f.cancellationRate(), f.leadTimeMedianHours(), f.leadTimeP90Hours(), f.bookedMinutes(),
                            f.capacityMinutes(), f.occupancyRate(), f.smsSent(), f.smsSegments(),
                            euros(f.smsCostEuroCents()), f.smsDelivered(), f.smsDeliveryFailed())
                    .map(FigureCsv::field)
                    .collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static BigDecimal euros(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
