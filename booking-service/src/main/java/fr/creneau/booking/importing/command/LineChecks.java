package fr.creneau.booking.importing.command;

import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.booking.importing.domain.StartTimes;
import fr.creneau.platform.problem.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static fr.creneau.booking.importing.domain.AppointmentColumns.ANTS;
import static fr.creneau.booking.importing.domain.AppointmentColumns.CHANNEL;
import static fr.creneau.booking.importing.domain.AppointmentColumns.COUNTER;
import static fr.creneau.booking.importing.domain.AppointmentColumns.EMAIL;
import static fr.creneau.booking.importing.domain.AppointmentColumns.MOBILE;
import static fr.creneau.booking.importing.domain.AppointmentColumns.NAME;
import static fr.creneau.booking.importing.domain.AppointmentColumns.OPTION;
import static fr.creneau.booking.importing.domain.AppointmentColumns.PERSONS;
import static fr.creneau.booking.importing.domain.AppointmentColumns.REFERENCE;
import static fr.creneau.booking.importing.domain.AppointmentColumns.REMARK;
import static fr.creneau.booking.importing.domain.AppointmentColumns.START;
import static fr.creneau.booking.importing.domain.AppointmentColumns.TYPE;

/**
 * Checks one line of the appointments file against the commune's catalog and the rules of any booking (persons,
 * option, a counter receiving the type, one ANTS number a person), the same checks and messages as an agent's
 * booking; reports each problem through {@code problem} and gives the appointment when there was none.
 */
class LineChecks {

    private static final Pattern EMAIL_FORMAT = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern MOBILE_FORMAT = Pattern.compile("^\\+?[0-9 .-]{8,20}$");
    private static final Pattern ANTS_FORMAT = Pattern.compile("^[A-Z0-9]{10}$");

    private final List<AppointmentType> types;
    private final List<Counter> counters;
    private final BookingRules rules;
    private final ZoneId zone;
    private final Instant now;

    LineChecks(List<AppointmentType> types, List<Counter> counters, BookingRules rules, ZoneId zone, Instant now) {
        this.types = types;
        this.counters = counters;
        this.rules = rules;
        this.zone = zone;
        this.now = now;
    }

    Optional<ImportedAppointment> check(CsvLine line, Consumer<String> problem) {
        Counting counting = new Counting(problem);
        String reference = line.get(REFERENCE);
        if (reference == null || reference.length() > 100) {
            counting.accept("La référence est obligatoire (100 caractères au plus).");
        }
        AppointmentType type = find(line.get(TYPE), types, t -> t.appointmentTypeId(), t -> t.label(),
                "Le type de rendez-vous", counting);
        Counter counter = find(line.get(COUNTER), counters, Counter::counterId, Counter::name, "Le guichet", counting);
        Integer persons = persons(line.get(PERSONS), counting);
        String optionId = null;
        if (type != null) {
            optionId = option(type, line.get(OPTION), counting);
            if (persons != null) {
                guard(() -> rules.assertPersonsAndOption(type, persons, null), counting);
            }
            if (counter != null && !counter.appointmentTypeIds().contains(type.appointmentTypeId())) {
                counting.accept("Le guichet « %s » ne reçoit pas les rendez-vous « %s »."
                        .formatted(counter.name(), type.label()));
            }
        }
        Instant start = start(line.get(START), counting);
        String name = line.get(NAME);
        if (name == null || name.length() > 200) {
            counting.accept("Le nom est obligatoire (200 caractères au plus).");
        }
        String email = line.get(EMAIL);
        String mobile = line.get(MOBILE);
        if (email != null && (email.length() > 254 || !EMAIL_FORMAT.matcher(email).matches())) {
            counting.accept("L'adresse e-mail « %s » n'est pas valide.".formatted(email));
        }
        if (mobile != null && !MOBILE_FORMAT.matcher(mobile).matches()) {
            counting.accept("Le numéro de mobile « %s » n'est pas valide.".formatted(mobile));
        }
        if (email == null && mobile == null) {
            counting.accept("Indiquez une adresse e-mail ou un numéro de mobile.");
        }
        List<String> ants = antsNumbers(line.get(ANTS), counting);
        if (type != null && persons != null) {
            guard(() -> rules.assertAntsNumbers(type, persons, ants), counting);
        }
        String remark = line.get(REMARK);
        if (remark != null && remark.length() > 500) {
            counting.accept("La remarque compte 500 caractères au plus.");
        }
        BookingChannel channel = channel(line.get(CHANNEL), counting);
        if (counting.count > 0) {
            return Optional.empty();
        }
        return Optional.of(new ImportedAppointment(line.line(), reference, type, optionId, counter, start, persons,
                name, email, mobile, ants, remark, channel));
    }

    private static <T> T find(String wanted, List<T> all, java.util.function.Function<T, String> id,
            java.util.function.Function<T, String> name, String what, Consumer<String> problem) {
        if (wanted == null) {
            problem.accept(what + " est obligatoire.");
            return null;
        }
        Optional<T> byId = all.stream().filter(item -> wanted.equals(id.apply(item))).findFirst();
        if (byId.isPresent()) {
            return byId.get();
        }
        List<T> byName = all.stream().filter(item -> wanted.equalsIgnoreCase(name.apply(item).trim())).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        problem.accept(byName.isEmpty() ? "%s « %s » est inconnu dans cette commune.".formatted(what, wanted)
                : "%s « %s » désigne plusieurs éléments : indiquez son identifiant.".formatted(what, wanted));
        return null;
    }

    private static String option(AppointmentType type, String wanted, Consumer<String> problem) {
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

    private static Integer persons(String text, Consumer<String> problem) {
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

    private Instant start(String text, Consumer<String> problem) {
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

    private static List<String> antsNumbers(String text, Consumer<String> problem) {
        if (text == null) {
            return List.of();
        }
        List<String> numbers = Arrays.stream(text.split("[\\s,|]+")).filter(n -> !n.isBlank())
                .map(n -> n.toUpperCase(Locale.ROOT)).toList();
        numbers.stream().filter(n -> !ANTS_FORMAT.matcher(n).matches()).forEach(n -> problem.accept(
                "Le numéro de pré-demande ANTS « %s » ne compte pas 10 lettres majuscules ou chiffres.".formatted(n)));
        return numbers;
    }

    private static BookingChannel channel(String text, Consumer<String> problem) {
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

    private static void guard(Runnable rule, Consumer<String> problem) {
        try {
            rule.run();
        } catch (InvalidRequestException e) {
            problem.accept(e.getMessage());
        }
    }

    /** Passes each problem on and counts them, to know whether the line had any. */
    private static final class Counting implements Consumer<String> {

        private final Consumer<String> next;
        private int count;

        Counting(Consumer<String> next) {
            this.next = next;
        }

        @Override
        public void accept(String message) {
            count++;
            next.accept(message);
        }
    }
}
