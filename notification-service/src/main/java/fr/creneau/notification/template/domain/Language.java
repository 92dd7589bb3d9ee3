package fr.creneau.notification.template.domain;

import fr.creneau.platform.problem.InvalidRequestException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A language the notices are written in, with its way of writing dates and the few words the composer adds itself.
 * French is the fallback: a citizen whose language is neither French nor English reads French.
 */
public enum Language {
    FR(Locale.FRENCH, "HH'h'mm", " à ", new Words("aucun document particulier", "non précisé",
            "aucun créneau disponible pour le moment", "mairie", "Rendez-vous en mairie : ",
            "Documents à apporter : ", "Modifier ou annuler : ")),
    EN(Locale.UK, "HH:mm", " at ", new Words("no particular document", "not given",
            "no slot available for the moment", "town hall", "Appointment at the town hall: ",
            "Documents to bring: ", "Change or cancel: "));

    /** The phrases the composer writes itself, outside the commune's texts. */
    public record Words(String noDocuments, String noReason, String noSlot, String townHall, String icsTitle,
                        String icsDocuments, String icsManage) {
    }

    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final String at;
    private final Words words;

    Language(Locale locale, String timePattern, String at, Words words) {
        this.date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern(timePattern, locale);
        this.at = at;
        this.words = words;
    }

    /** The citizen's language from the locale their page sent ({@code en}, {@code en-GB}...); French otherwise. */
    public static Language ofLocale(String locale) {
        return locale != null && locale.trim().toLowerCase(Locale.ROOT).matches("en([-_].*)?") ? EN : FR;
    }

    /** A language named in a request: none is French; one we do not write in is refused. */
    public static Language ofRequest(String language) {
        if (language == null || language.isBlank()) {
            return FR;
        }
        return switch (language.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> FR;
            case "en" -> EN;
            default -> throw new InvalidRequestException(
                    "La langue « %s » n'est pas prise en charge : choisissez fr (français) ou en (anglais)."
                            .formatted(language));
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Words words() {
        return words;
    }

    public String date(Instant instant, ZoneId zone) {
        return date.format(instant.atZone(zone));
    }

    public String time(Instant instant, ZoneId zone) {
        return time.format(instant.atZone(zone));
    }

    public String dateAndTime(Instant instant, ZoneId zone) {
        return date(instant, zone) + at + time(instant, zone);
    }
}
