package fr.creneau.booking.daylist.web;

import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.daylist.view.DayListLine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static fr.creneau.booking.counterday.domain.BookingStatus.ATTENDED;
import static fr.creneau.booking.counterday.domain.BookingStatus.AWAITING_APPROVAL;
import static fr.creneau.booking.counterday.domain.BookingStatus.CONFIRMED;
import static fr.creneau.booking.counterday.domain.BookingStatus.NO_SHOW;

/**
 * The day's list as French spreadsheets open it with a double click: UTF-8 with a byte order mark, ';' between
 * fields, CRLF between lines. A cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class DayListCsv {

    static final String BOM = "\uFEFF";
    private static final Pattern PHONE_LIKE = Pattern.compile("^\\+?[0-9 .]+$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> HEADER = List.of("Date", "Début", "Fin", "Lieu", "Guichet", "Motif", "Précision",
            "Personnes", "Nom", "Téléphone", "E-mail", "Numéros de pré-demande ANTS", "Statut", "Canal", "Remarque",
            "Référence");
    private static final Map<BookingStatus, String> STATUS = Map.of(AWAITING_APPROVAL, "À valider", CONFIRMED,
            "Confirmé", ATTENDED, "Venu", NO_SHOW, "Absent");
    private static final Map<String, String> CHANNEL = Map.of("ONLINE", "En ligne", "PHONE", "Téléphone",
            "DESK", "Guichet", "VOICE", "Serveur vocal");

    private DayListCsv() {
    }

    static String write(List<DayListLine> lines, ZoneId zone) {
        StringBuilder csv = new StringBuilder(BOM).append(row(HEADER.stream()));
        for (DayListLine line : lines) {
            csv.append(row(Stream.of(DATE.format(line.start().atZone(zone)), TIME.format(line.start().atZone(zone)),
                    TIME.format(line.end().atZone(zone)), line.placeName(), line.counterName(),
                    line.appointmentTypeLabel(), line.optionLabel(), String.valueOf(line.persons()), line.fullName(),
                    line.mobile(), line.email(), String.join(", ", line.antsNumbers()),
                    STATUS.getOrDefault(line.status(), line.status().name()),
                    CHANNEL.getOrDefault(line.channel(), line.channel()), line.remark(), line.appointmentId())));
        }
        return csv.toString();
    }

    private static String row(Stream<String> cells) {
        return cells.map(DayListCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** A leading =, +, - or @ starts a formula, harmless only in a plain number such as a phone number. */
    private static boolean computable(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !PHONE_LIKE.matcher(value).matches();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = computable(value) ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
