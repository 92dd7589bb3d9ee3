package fr.creneau.booking.importing.command;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.importing.domain.StartTimes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads one cell of an appointments line (option, persons, start, ANTS numbers, channel), or says why not. */
final class LineFields {

    private static final Pattern ANTS_FORMAT = Pattern.compile("^[A-Z0-9]{10}$");

    private LineFields() {
    }

    static String option(AppointmentType type, String wanted, Consumer<String> problem) {
        if (wanted == null) {
            if (!type.options().isEmpty()) {
                problem.accept("Choisissez une option pour le type « %s ».".formatted(type.label()));
            }
            return null;
        }
        return type.options().stream()
                .filter(option -> wanted.equals(option.optionId()) || wanted.equalsIgnoreCase(option.label()))
                .map(AppointmentType.Option::optionId).findFirst()
                .orElseGet(() -> {
                    problem.accept("L'option « %s » n'existe pas pour le type « %s ».".formatted(wanted, type.label()));
                    return null;
                });
    }

    static Integer persons(String text, Consumer<String> problem) {
        if (text == null) {
            return 1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problem.accept("Le nombre de personnes « %s » n'est pas un nombre.".formatted(text));
            return null;
        }
    }

    static Instant start(String text, ZoneId zone, Instant now, Consumer<String> problem) {
        if (text == null) {
            problem.accept("Le début du rendez-vous est obligatoire.");
            return null;
        }
        Optional<LocalDateTime> local = StartTimes.parse(text);
        if (local.isEmpty()) {
            problem.accept("Le début « %s » n'est pas une date et une heure lisibles (par exemple 2026-12-15 09h20)."
                    .formatted(text));
            return null;
        }
        Instant start = local.get().atZone(zone).toInstant();
        if (!start.isAfter(now)) {
            problem.accept("Le rendez-vous du %s est passé : seuls les rendez-vous à venir s'importent.".formatted(text));
            return null;
        }
        return start;
    }

    static List<String> antsNumbers(String text, Consumer<String> problem) {
        if (text == null) {
            return List.of();
        }
        List<String> numbers = Arrays.stream(text.split("[\\s,|]+")).filter(n -> !n.isBlank())
                .map(n -> n.toUpperCase(Locale.ROOT)).toList();
        numbers.stream().filter(n -> !ANTS_FORMAT.matcher(n).matches()).forEach(n -> problem.accept(
                "Le numéro de pré-demande ANTS « %s » ne compte pas 10 lettres majuscules ou chiffres.".formatted(n)));
        return numbers;
    }

    static BookingChannel channel(String text, Consumer<String> problem) {
        if (text == null) {
            return BookingChannel.WEB;
        }
        try {
            return BookingChannel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem.accept("Le canal « %s » est inconnu (WEB, PHONE, DESK ou VOICE).".formatted(text));
            return null;
        }
    }
}
