package fr.creneau.booking.importing.command;

import fr.creneau.booking.counterday.command.CancelAppointment;
import fr.creneau.platform.csv.LineError;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Takes back the days of a real run already committed when a later day of the same file failed, so that a file is
 * all or nothing: each appointment is cancelled through its counter-day, as an agent cancels, which frees its place
 * and its claims, and its reference is forgotten, so the next run of the file books it again.
 */
@Component
class Withdrawal {

    private static final Logger log = LoggerFactory.getLogger(Withdrawal.class);
    static final String REASON = "Import annulé : le fichier n'a pas pu être importé en entier.";

    private final CommandGateway commands;
    private final ImportStore store;

    Withdrawal(CommandGateway commands, ImportStore store) {
        this.commands = commands;
        this.store = store;
    }

    void withdraw(ImportStore.ImportFile file, List<DayBatches.Booked> committed, List<LineError> errors,
            Instant now) {
        int failed = 0;
        for (DayBatches.Booked booked : committed) {
            try {
                commands.sendAndWait(new CancelAppointment(booked.counterDayId(), booked.appointmentId(), true, null,
                        REASON, now));
                store.forget(file.communeId(), booked.reference());
            } catch (RuntimeException e) {
                log.warn("the appointment {} of the import {} could not be withdrawn", booked.appointmentId(),
                        file.importId(), e);
                errors.add(new LineError(file.fileName(), booked.line(), ("Ce rendez-vous, enregistré avant l'erreur, "
                        + "n'a pas pu être annulé : annulez-le depuis le planning.")));
                failed++;
            }
        }
        errors.add(new LineError(file.fileName(), 0, ("%d rendez-vous enregistrés avant l'erreur ont été annulés ; "
                + "le fichier n'est pas importé.").formatted(committed.size() - failed)));
    }
}
