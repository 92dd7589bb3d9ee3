package fr.creneau.booking.appointment.command;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.availability.view.Demand;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.AppointmentDetailsFactory;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.command.ModifyAppointment;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.duplicates.view.DuplicateRefusal;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Changes what an appointment is about (contact details, option, persons, remark, ANTS numbers) within its type's
 * rules, on the same slot. The type's rules are checked here; the room for more persons, by the counter-day; the
 * ANTS numbers and contact already held by another appointment, by the claims written with the event.
 */
@Service
public class AppointmentEditing {

    private final AppointmentIndex index;
    private final Catalog catalog;
    private final BookingRules rules;
    private final AppointmentDetailsFactory details;
    private final ContactVault vault;
    private final CounterDaySender commands;
    private final Clock clock;

    AppointmentEditing(AppointmentIndex index, Catalog catalog, BookingRules rules, AppointmentDetailsFactory details,
            ContactVault vault, CounterDaySender commands, Clock clock) {
        this.index = index;
        this.catalog = catalog;
        this.rules = rules;
        this.details = details;
        this.vault = vault;
        this.commands = commands;
        this.clock = clock;
    }

    public AppointmentSummary edit(String appointmentId, AppointmentEdit edit, boolean byAgent, String agentId) {
        AppointmentSummary current = index.find(appointmentId)
                .orElseThrow(() -> new NotFoundException(AppointmentLifecycle.NOT_FOUND));
        if (current.status() != BookingStatus.CONFIRMED && current.status() != BookingStatus.AWAITING_APPROVAL) {
            throw new ConflictException("Seul un rendez-vous confirmé ou en attente de validation peut être modifié.");
        }
        if (!byAgent && !current.start().isAfter(clock.instant())) {
            throw new ConflictException("Ce rendez-vous a déjà commencé : il ne peut plus être modifié en ligne.");
        }
        ContactDetails before = index.sealedContact(appointmentId).flatMap(sealed -> vault.open(appointmentId, sealed))
                .orElseThrow(() -> new ConflictException("Les coordonnées de ce rendez-vous ont été effacées : il ne "
                        + "peut plus être modifié."));
        EditedContent after = EditedContent.of(before, current.optionId(), current.persons(), edit);
        if (after.changes().isEmpty()) {
            return current;
        }
        AppointmentType type = rules.bookableType(current.communeId(), current.appointmentTypeId(), !byAgent);
        rules.assertPersonsAndOption(type, after.persons(), after.optionId());
        rules.assertOptionChosen(type, after.optionId());
        rules.assertAntsNumbers(type, after.persons(), after.contact().antsNumbers());
        Counter counter = catalog.counter(current.counterId())
                .orElseThrow(() -> new NotFoundException("Le guichet de ce rendez-vous n'existe plus."));
        ZoneId zone = catalog.zoneOf(current.communeId());
        Demand demand = Demand.of(type, after.persons());
        String sealed = after.changesSealedDetails() ? vault.reseal(appointmentId, after.contact())
                .orElseThrow(() -> new ConflictException("Les coordonnées de ce rendez-vous ont été effacées.")) : null;
        try {
            commands.send(new ModifyAppointment(current.counterDayId(), appointmentId,
                    details.of(type, after.optionId(), counter, zone), TimeRange.of(current.start(), demand.duration()),
                    demand.units(), after.persons(), after.changes(), sealed, byAgent, agentId, clock.instant()));
        } catch (BookingRefused e) {
            throw e.reason() == BookingRefused.Reason.SLOT_UNAVAILABLE ? new ConflictException(
                    "Le créneau n'a pas assez de place pour %d personne(s) : choisissez d'abord un autre créneau."
                            .formatted(after.persons())) : e;
        } catch (RuntimeException e) {
            throw DuplicateRefusal.in(e).<RuntimeException>map(conflict -> conflict).orElse(e);
        }
        return index.find(appointmentId).orElseThrow();
    }
}
