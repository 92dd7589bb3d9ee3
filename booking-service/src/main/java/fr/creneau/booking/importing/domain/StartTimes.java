package fr.creneau.booking.importing.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The start of an appointment as the other tool exports it, in the commune's time: {@code 2026-12-15 09:20},
 * {@code 2026-12-15T09:20}, {@code 15/12/2026 09:20}, with {@code 09h20} as well as {@code 09:20}.
 */
public final class StartTimes {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm"));

    private StartTimes() {
    }

    public static Optional<LocalDateTime> parse(String text) {
        String value = text.trim().replace('h', ':').replace('H', ':');
        if (value.length() > 16 && value.charAt(16) == ':') {
            value = value.substring(0, 16);   // seconds, as some exports write them, are dropped
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next format may read it
            }
        }
        return Optional.empty();
    }
}
