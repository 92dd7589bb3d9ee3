package fr.creneau.booking.importing.command;

import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.problem.InvalidRequestException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
        Integer persons = LineFields.persons(line.get(PERSONS), counting);
        String optionId = null;
        if (type != null) {
            optionId = LineFields.option(type, line.get(OPTION), counting);
            if (persons != null) {
                guard(() -> rules.assertPersonsAndOption(type, persons, null), counting);
            }
            if (counter != null && !counter.takes(type)) {
                counting.accept("Le guichet « %s » ne reçoit pas les rendez-vous « %s »."
                        .formatted(counter.name(), type.label()));
            }
        }
        Instant start = LineFields.start(line.get(START), zone, now, counting);
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
        List<String> ants = LineFields.antsNumbers(line.get(ANTS), counting);
        if (type != null && persons != null) {
            guard(() -> rules.assertAntsNumbers(type, persons, ants), counting);
        }
        String remark = line.get(REMARK);
        if (remark != null && remark.length() > 500) {
            counting.accept("La remarque compte 500 caractères au plus.");
        }
        BookingChannel channel = LineFields.channel(line.get(CHANNEL), counting);
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
