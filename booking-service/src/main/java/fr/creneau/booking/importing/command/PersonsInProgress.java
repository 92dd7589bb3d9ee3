package fr.creneau.booking.importing.command;

import fr.creneau.booking.duplicates.view.PersonDigests;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.platform.csv.LineError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, by its line, an appointment whose person already has an active appointment of its type in the commune,
 * when the commune allows one only: the claim a booking would collide with is looked up for the whole file at
 * once, so a dry run finds it too, and a real run never fails on it at the end without a line.
 */
@Component
class PersonsInProgress {

    private static final int QUERY_CHUNK = 5_000;

    private final PersonDigests digests;
    private final boolean onePerType;

    PersonsInProgress(PersonDigests digests,
            @Value("${booking.duplicates.one-active-per-type:true}") boolean onePerType) {
        this.digests = digests;
        this.onePerType = onePerType;
    }

    void refuse(String communeId, String fileName, List<ImportedAppointment> toBook, List<LineError> errors) {
        if (!onePerType || toBook.isEmpty()) {
            return;
        }
        Map<ImportedAppointment, List<String>> persons = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (ImportedAppointment a : toBook) {
            List<String> person = digests.ofPerson(a.email(), a.mobile());
            persons.put(a, person);
            all.addAll(person);
        }
        Set<String> claimed = new HashSet<>();
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            claimed.addAll(digests.claimed(communeId, all.subList(from, Math.min(all.size(), from + QUERY_CHUNK))));
        }
        toBook.removeIf(a -> {
            boolean taken = persons.get(a).stream()
                    .anyMatch(digest -> claimed.contains(a.type().appointmentTypeId() + " " + digest));
            if (taken) {
                errors.add(new LineError(fileName, a.line(), ("Cette personne a déjà un rendez-vous « %s » en cours "
                        + "dans la commune ; la commune n'en permet qu'un en cours par motif.")
                        .formatted(a.type().label())));
            }
            return taken;
        });
    }
}
