package fr.creneau.planning.shared.domain;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Days of the week as an administrator writes them: {@code MONDAY} or {@code lundi}. */
public final class FrenchDays {

    private static final Locale FRENCH = Locale.FRENCH;

    private FrenchDays() {
    }

    public static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, FRENCH);
    }

    public static Optional<DayOfWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim();
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().equalsIgnoreCase(wanted) || name(day).equalsIgnoreCase(wanted))
                .findFirst();
    }
}
