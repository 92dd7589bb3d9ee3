package fr.creneau.booking.voice.command;

import fr.creneau.booking.appointment.command.AppointmentLifecycle;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.command.ConfirmAppointment;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.onetimecode.command.CodeConfirmation;
import fr.creneau.booking.ratelimit.command.RateLimits;
import fr.creneau.booking.reference.view.AppointmentReferences;
import fr.creneau.booking.reservation.command.Reservation;
import fr.creneau.booking.reservation.command.ReservationService;
import fr.creneau.booking.reservation.command.SlotRequest;
import fr.creneau.booking.voice.domain.CallState;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * A booking by phone goes the web's way (the same rules: window, notice, capacity, duplicates, limits per person),
 * as a citizen's, on the VOICE channel. A caller whose number is the mobile given has proven it: the hold is
 * confirmed at once, as a right code would. Otherwise the code goes by SMS and is typed on the keypad.
 */
@Service
public class PhoneBooking {

    /** The name on a booking made by phone: the keypad gives no name, and the mairie's lists need one. */
    public static final String CALLER_NAME = "Réservation par téléphone";

    private final ReservationService reservations;
    private final CodeConfirmation codes;
    private final CounterDaySender commands;
    private final AppointmentLifecycle lifecycle;
    private final AppointmentReferences references;
    private final RateLimits rateLimits;
    private final Catalog catalog;
    private final Clock clock;

    PhoneBooking(ReservationService reservations, CodeConfirmation codes, CounterDaySender commands,
            AppointmentLifecycle lifecycle, AppointmentReferences references, RateLimits rateLimits, Catalog catalog,
            Clock clock) {
        this.reservations = reservations;
        this.codes = codes;
        this.commands = commands;
        this.lifecycle = lifecycle;
        this.references = references;
        this.rateLimits = rateLimits;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Takes the chosen slot for {@code mobile} (in the international form, +336…); the appointment's id. */
    public String reserve(String communeId, CallState call, String mobile, boolean numberProven) {
        // the same keys as the web's, so that a person's budget is one whichever way they book
        rateLimits.checkAll(RateLimits.RESERVATION_PER_PERSON,
                PersonIdentifiers.withAntsNumbers(null, mobile, call.ants().numbers()));
        Reservation reservation = reservations.reserve(new SlotRequest(communeId, call.typeId(), call.optionId(),
                call.counterId(), call.start(), call.persons(), CALLER_NAME, null, mobile, call.ants().numbers(),
                BookingChannel.VOICE, null, null, numberProven, call.ants().later()));
        if (numberProven) {
            String day = new CounterDayId(reservation.counterId(),
                    reservation.start().atZone(catalog.zoneOf(communeId)).toLocalDate()).toString();
            commands.send(new ConfirmAppointment(day, reservation.appointmentId(), clock.instant()));
        }
        return reservation.appointmentId();
    }

    /** The code typed by a caller whose number was not proven; throws as the web's confirmation does. */
    public void confirm(String appointmentId, String code) {
        codes.confirm(appointmentId, code);
    }

    /** The reference read out to the caller: the one its reservation was given. */
    public String reference(String communeId, String appointmentId) {
        return references.issue(communeId, appointmentId);
    }

    public AppointmentSummary cancel(String appointmentId) {
        return lifecycle.cancel(appointmentId, false, null, "Annulé par téléphone");
    }
}
