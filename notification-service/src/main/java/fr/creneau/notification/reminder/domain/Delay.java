package fr.creneau.notification.reminder.domain;

import fr.creneau.platform.problem.InvalidRequestException;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long before the appointment a reminder goes, written as in the 6tzen back-office: {@code 48h}, {@code 90m}, {@code 2j}. */
public record Delay(Duration duration) implements Comparable<Delay> {

    private static final Pattern TEXT = Pattern.compile("^\\s*(\\d{1,5})\\s*(m|h|j|d)\\s*$");
    private static final Duration LONGEST = Duration.ofDays(60);

    public Delay {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new InvalidRequestException("Un rappel doit partir entre 1 minute et 60 jours avant le rendez-vous.");
        }
    }

    public static Delay parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.toLowerCase());
        if (!matcher.matches()) {
            throw new InvalidRequestException(("Le délai de rappel « %s » n'est pas valide : écrivez par exemple "
                    + "« 48h », « 90m » ou « 2j ».").formatted(text));
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> new Delay(Duration.ofMinutes(amount));
            case "h" -> new Delay(Duration.ofHours(amount));
            default -> new Delay(Duration.ofDays(amount));
        };
    }

    public static Delay ofMinutes(long minutes) {
        return new Delay(Duration.ofMinutes(minutes));
    }

    public long minutes() {
        return duration.toMinutes();
    }

    public String text() {
        long minutes = minutes();
        if (minutes % (24 * 60) == 0 && minutes >= 24 * 60 * 3) {
            return minutes / (24 * 60) + "j";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    @Override
    public int compareTo(Delay other) {
        return duration.compareTo(other.duration);
    }
}
