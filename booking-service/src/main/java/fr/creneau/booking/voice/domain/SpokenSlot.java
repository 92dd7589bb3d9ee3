package fr.creneau.booking.voice.domain;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A slot as a person says it on the phone: "mardi 15 décembre à 9 heures 20, mairie annexe". Minutes 00 are not
 * said ("9 heures"), the first of the month is "1er", and noon and midnight are said as such.
 */
public final class SpokenSlot {

    private static final Locale FRENCH = Locale.FRANCE;

    private SpokenSlot() {
    }

    public static String of(LocalDateTime start, String placeName) {
        String text = day(start) + " à " + time(start.getHour(), start.getMinute());
        return placeName == null || placeName.isBlank() ? text : text + ", " + placeName.trim();
    }

    static String day(LocalDateTime start) {
        int dayOfMonth = start.getDayOfMonth();
        return start.getDayOfWeek().getDisplayName(TextStyle.FULL, FRENCH) + " "
                + (dayOfMonth == 1 ? "1er" : Integer.toString(dayOfMonth)) + " "
                + start.getMonth().getDisplayName(TextStyle.FULL, FRENCH);
    }

    static String time(int hour, int minute) {
        String hours = switch (hour) {
            case 0 -> "minuit";
            case 12 -> "midi";
            case 1 -> "1 heure";
            default -> hour + " heures";
        };
        return minute == 0 ? hours : hours + " " + minute;
    }
}
