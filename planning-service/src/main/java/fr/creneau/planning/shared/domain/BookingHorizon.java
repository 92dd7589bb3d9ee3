package fr.creneau.planning.shared.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far ahead a type can be booked, written {@code 30d}, {@code 6w} or {@code 2m} (days, weeks, months). */
public record BookingHorizon(int amount, char unit) {

    private static final Pattern NOTATION = Pattern.compile("(\\d{1,3})([dwm])");

    public BookingHorizon {
        if (amount <= 0 || "dwm".indexOf(unit) < 0) {
            throw new IllegalArgumentException("Horizon de réservation invalide.");
        }
    }

    public static BookingHorizon parse(String text) {
        Matcher matcher = NOTATION.matcher(text == null ? "" : text.trim());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
            throw new IllegalArgumentException(("Plage max d'ouverture « %s » invalide : écrivez un nombre suivi de d "
                    + "(jours), w (semaines) ou m (mois), par exemple 2m.").formatted(text));
        }
        return new BookingHorizon(Integer.parseInt(matcher.group(1)), matcher.group(2).charAt(0));
    }

    public String notation() {
        return "" + amount + unit;
    }

    /** The last day that can be booked when booking on {@code today}. */
    public LocalDate lastDayFrom(LocalDate today) {
        return switch (unit) {
            case 'd' -> today.plusDays(amount);
            case 'w' -> today.plusWeeks(amount);
            default -> today.plusMonths(amount);
        };
    }

    /** ISO-8601 period: {@code P30D}, {@code P6W}, {@code P2M}. */
    public String iso() {
        return "P" + amount + Character.toUpperCase(unit);
    }
}
