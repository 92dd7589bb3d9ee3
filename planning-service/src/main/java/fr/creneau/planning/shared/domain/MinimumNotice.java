package fr.creneau.planning.shared.domain;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long before an appointment booking closes, written {@code 60m}, {@code 2h} or {@code 1d}. */
public record MinimumNotice(int amount, char unit) {

    private static final Pattern NOTATION = Pattern.compile("(\\d{1,4})([mhd])");

    public MinimumNotice {
        if (amount < 0 || "mhd".indexOf(unit) < 0) {
            throw new IllegalArgumentException("Délai minimum invalide.");
        }
    }

    public static MinimumNotice parse(String text) {
        Matcher matcher = NOTATION.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(("Délai minimum « %s » invalide : écrivez un nombre suivi de m "
                    + "(minutes), h (heures) ou d (jours), par exemple 60m.").formatted(text));
        }
        return new MinimumNotice(Integer.parseInt(matcher.group(1)), matcher.group(2).charAt(0));
    }

    public String notation() {
        return "" + amount + unit;
    }

    public Duration duration() {
        return switch (unit) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** ISO-8601 duration or period: {@code PT60M}, {@code PT2H}, {@code P1D}. */
    public String iso() {
        return unit == 'd' ? "P" + amount + "D" : "PT" + amount + Character.toUpperCase(unit);
    }
}
