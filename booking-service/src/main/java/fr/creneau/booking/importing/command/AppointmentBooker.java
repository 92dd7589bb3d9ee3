package fr.creneau.booking.importing.command;

import fr.creneau.booking.availability.view.Demand;
import fr.creneau.booking.catalog.view.AppointmentDetailsFactory;
import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.reference.view.AppointmentReferences;
import fr.creneau.booking.counterday.command.ReserveSlot;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.booking.manage.view.ManageTokens;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.util.IdGenerator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Books one imported appointment as an agent's booking is booked: its contact details sealed under a key of its own
 * with a manage link and a reference (issued for a whole day at once), then {@link ReserveSlot} on its counter-day, which checks the capacity. The booking window is
 * widened to the appointment itself: the other tool took it already, beyond this type's horizon or notice perhaps.
 * Gives the refusal in French, or nothing when it is booked.
 */
@Component
class AppointmentBooker {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH'h'mm");

    private final CommandGateway commands;
    private final ContactVault vault;
    private final ManageTokens tokens;
    private final AppointmentReferences references;
    private final AppointmentDetailsFactory details;
    private final IdGenerator ids;

    AppointmentBooker(CommandGateway commands, ContactVault vault, ManageTokens tokens,
            AppointmentReferences references, AppointmentDetailsFactory details, IdGenerator ids) {
        this.commands = commands;
        this.vault = vault;
        this.tokens = tokens;
        this.references = references;
        this.details = details;
        this.ids = ids;
    }

    /** The appointment's id once booked, or the refusal. */
    record Outcome(String appointmentId, String refusal) {
    }

    /** An appointment of the file with its id, and its contact details sealed with their manage link and reference. */
    record Prepared(ImportedAppointment appointment, String appointmentId, String sealedContact) {
    }

    /** Issues the ids, manage links, references and keys of a day's appointments, each kind in one batch. */
    List<Prepared> prepare(List<ImportedAppointment> day, String communeId) {
        List<String> appointmentIds = day.stream().map(a -> ids.generateId().toString()).toList();
        Map<String, String> manageTokens = tokens.issueAll(appointmentIds);
        Map<String, String> issued = references.issueAll(communeId, appointmentIds);
        Map<String, ContactDetails> contacts = new LinkedHashMap<>();
        for (int i = 0; i < day.size(); i++) {
            ImportedAppointment a = day.get(i);
            String appointmentId = appointmentIds.get(i);
            contacts.put(appointmentId, new ContactDetails(a.fullName(), a.email(), a.mobile(),
                    manageTokens.get(appointmentId), "fr", a.antsNumbers(), a.remark(), issued.get(appointmentId)));
        }
        Map<String, String> sealed = vault.sealAll(contacts);
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            prepared.add(new Prepared(day.get(i), appointmentIds.get(i), sealed.get(appointmentIds.get(i))));
        }
        return prepared;
    }

    Outcome book(Prepared prepared, String communeId, ZoneId zone, boolean notify, Instant now) {
        ImportedAppointment a = prepared.appointment();
        Demand demand = Demand.of(a.type(), a.persons());
        Booking booking = new Booking(prepared.appointmentId(), communeId, a.counter().counterId(),
                details.of(a.type(), a.optionId(), a.counter(), zone), TimeRange.of(a.start(), demand.duration()),
                demand.units(), a.persons(), null, a.channel(), BookingStatus.HELD, now, null);
        String day = new CounterDayId(a.counter().counterId(), a.start().atZone(zone).toLocalDate()).toString();
        try {
            commands.sendAndWait(new ReserveSlot(day, booking, now, a.start(), prepared.sealedContact(), now, !notify));
            return new Outcome(prepared.appointmentId(), null);
        } catch (RuntimeException e) {
            return new Outcome(null, refusal(unwrap(e), a, zone).orElseThrow(() -> e));
        }
    }

    private static Optional<String> refusal(Throwable e, ImportedAppointment a, ZoneId zone) {
        String when = WHEN.format(a.start().atZone(zone));
        if (e instanceof AggregateNotFoundException) {
            return Optional.of("Le guichet « %s » n'est pas ouvert le %s : aucune place pour ce rendez-vous."
                    .formatted(a.counter().name(), when));
        }
        if (e instanceof BookingRefused refused) {
            return Optional.of("Le rendez-vous du %s au guichet « %s » dépasse la capacité : %s"
                    .formatted(when, a.counter().name(), refused.getMessage()));
        }
        return Optional.empty();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable cause = e;
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
