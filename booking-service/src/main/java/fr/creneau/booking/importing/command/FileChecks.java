package fr.creneau.booking.importing.command;

import fr.creneau.booking.ants.command.NumberCheck;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.importing.domain.AppointmentColumns;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.csv.LineError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks that take the whole file: a reference imported before is skipped, one seen twice in the file is an
 * error, and so is an ANTS number twice in the file or in an appointment already in progress, or a person with two
 * appointments of one type, in the file or with one in progress ({@link PersonsInProgress}), when the commune allows
 * one only, as a booking would be refused. Each line's own checks
 * are {@link LineChecks}'; the ANTS is asked about each line's numbers as for any booking.
 */
@Component
class FileChecks {

    private static final int QUERY_CHUNK = 5_000;

    record Checked(List<ImportedAppointment> toBook, int alreadyImported) {
    }

    private final ImportStore store;
    private final NumberCheck antsNumbers;
    private final boolean onePerType;
    private final PersonsInProgress inProgress;

    FileChecks(ImportStore store, NumberCheck antsNumbers,
            @Value("${booking.duplicates.one-active-per-type:true}") boolean onePerType, PersonsInProgress inProgress) {
        this.store = store;
        this.antsNumbers = antsNumbers;
        this.onePerType = onePerType;
        this.inProgress = inProgress;
    }

    Checked check(ImportStore.ImportFile file, List<CsvLine> lines, LineChecks checks, List<LineError> errors) {
        Set<String> imported = imported(file.communeId(), lines);
        Map<String, Long> references = new HashMap<>();
        Map<String, Long> numbers = new HashMap<>();
        Map<String, Long> persons = new HashMap<>();
        List<ImportedAppointment> toBook = new ArrayList<>();
        int alreadyImported = 0;
        for (CsvLine line : lines) {
            String reference = line.get(AppointmentColumns.REFERENCE);
            if (reference != null && imported.contains(reference)) {
                alreadyImported++;
                continue;
            }
            if (reference != null && references.putIfAbsent(reference, line.line()) != null) {
                errors.add(error(file, line.line(), "La référence « %s » figure déjà ligne %d."
                        .formatted(reference, references.get(reference))));
                continue;
            }
            checks.check(line, message -> errors.add(error(file, line.line(), message))).ifPresent(appointment -> {
                if (once(file, appointment, numbers, persons, errors) && asked(file, appointment, errors)) {
                    toBook.add(appointment);
                }
            });
        }
        claimed(file, toBook, errors);
        inProgress.refuse(file.communeId(), file.fileName(), toBook, errors);
        return new Checked(toBook, alreadyImported);
    }

    private boolean once(ImportStore.ImportFile file, ImportedAppointment a, Map<String, Long> numbers,
            Map<String, Long> persons, List<LineError> errors) {
        int before = errors.size();
        for (String number : a.antsNumbers()) {
            Long seen = numbers.putIfAbsent(number, a.line());
            if (seen != null) {
                errors.add(error(file, a.line(), "Le numéro de pré-demande ANTS « %s » figure déjà ligne %d."
                        .formatted(number, seen)));
            }
        }
        if (onePerType) {
            for (String person : PersonIdentifiers.of(a.email(), a.mobile())) {
                Long seen = persons.putIfAbsent(a.type().appointmentTypeId() + " " + person, a.line());
                if (seen != null && seen != a.line()) {
                    errors.add(error(file, a.line(), ("Cette personne a déjà un rendez-vous « %s » ligne %d ; la "
                            + "commune n'en permet qu'un en cours par motif.").formatted(a.type().label(), seen)));
                }
            }
        }
        return errors.size() == before;
    }

    private boolean asked(ImportStore.ImportFile file, ImportedAppointment a, List<LineError> errors) {
        try {
            antsNumbers.check(file.communeId(), a.antsNumbers());
            return true;
        } catch (RuntimeException e) {
            errors.add(error(file, a.line(), Objects.requireNonNullElse(e.getMessage(),
                    "Le numéro de pré-demande ANTS ne peut pas être utilisé.")));
            return false;
        }
    }

    private void claimed(ImportStore.ImportFile file, List<ImportedAppointment> toBook, List<LineError> errors) {
        List<String> all = toBook.stream().flatMap(a -> a.antsNumbers().stream()).toList();
        Set<String> claimed = new java.util.HashSet<>();
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            claimed.addAll(store.claimedAntsNumbers(all.subList(from, Math.min(all.size(), from + QUERY_CHUNK))));
        }
        toBook.removeIf(a -> {
            List<String> taken = a.antsNumbers().stream().filter(claimed::contains).toList();
            taken.forEach(number -> errors.add(error(file, a.line(), ("Le numéro de pré-demande ANTS « %s » figure "
                    + "déjà dans un rendez-vous en cours.").formatted(number))));
            return !taken.isEmpty();
        });
    }

    private Set<String> imported(String communeId, List<CsvLine> lines) {
        List<String> references = lines.stream().map(line -> line.get(AppointmentColumns.REFERENCE))
                .filter(Objects::nonNull).distinct().toList();
        Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < references.size(); from += QUERY_CHUNK) {
            found.addAll(store.importedReferences(communeId,
                    references.subList(from, Math.min(references.size(), from + QUERY_CHUNK))));
        }
        return found;
    }

    private static LineError error(ImportStore.ImportFile file, long line, String message) {
        return new LineError(file.fileName(), line, message);
    }
}
