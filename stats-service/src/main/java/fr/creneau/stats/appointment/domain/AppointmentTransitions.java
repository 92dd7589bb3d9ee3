package fr.creneau.stats.appointment.domain;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAttended;
import fr.creneau.booking.api.AppointmentAwaitingApproval;
import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.booking.api.AppointmentRefused;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.AppointmentUnscheduled;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.HoldExpired;
import fr.creneau.booking.api.SlotReserved;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How one booking event moves an appointment. Events about one appointment arrive in order (they share the Kafka
 * key), so the function only needs the state before. When the history is missing (the topic's retention dropped
 * it) the event itself tells enough: an appointment that is attended was booked and confirmed.
 */
public final class AppointmentTransitions {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private AppointmentTransitions() {
    }

    public static AppointmentFact apply(AppointmentFact before, BookingEvent event) {
        Lifecycle current = before == null ? unknownHistory(event) : before.lifecycle();
        return fact(event, next(current, event));
    }

    private static Lifecycle next(Lifecycle current, BookingEvent event) {
        if (event instanceof HoldExpired) {
            return current.moveTo(AppointmentStatus.HOLD_EXPIRED);
        }
        if (event instanceof AppointmentAwaitingApproval) {
            return current.markBooked().moveTo(AppointmentStatus.AWAITING_APPROVAL);
        }
        if (event instanceof AppointmentConfirmed || event instanceof AppointmentApproved) {
            return current.markConfirmed().moveTo(AppointmentStatus.CONFIRMED);
        }
        if (event instanceof AppointmentRefused) {
            return current.moveTo(AppointmentStatus.REFUSED);
        }
        if (event instanceof AppointmentRescheduled) {
            return current.markRescheduled().moveTo(afterReschedule(current));
        }
        if (event instanceof AppointmentCancelled cancelled) {
            return current.cancelledBy(cancelled.by());
        }
        if (event instanceof AppointmentUnscheduled) {
            return current.markUnscheduled().moveTo(AppointmentStatus.UNSCHEDULED);
        }
        if (event instanceof AppointmentAttended) {
            return current.moveTo(AppointmentStatus.ATTENDED);
        }
        if (event instanceof AppointmentNoShow) {
            return current.moveTo(AppointmentStatus.NO_SHOW);
        }
        return current;
    }

    private static AppointmentStatus afterReschedule(Lifecycle current) {
        return current.status() == AppointmentStatus.AWAITING_APPROVAL
                ? AppointmentStatus.AWAITING_APPROVAL
                : AppointmentStatus.CONFIRMED;
    }

    private static Lifecycle unknownHistory(BookingEvent event) {
        if (event instanceof SlotReserved || event instanceof HoldExpired || event instanceof AppointmentConfirmed
                || event instanceof AppointmentAwaitingApproval) {
            return Lifecycle.held();
        }
        if (event instanceof AppointmentApproved || event instanceof AppointmentRefused) {
            return Lifecycle.held().markBooked();
        }
        return Lifecycle.held().markConfirmed().moveTo(AppointmentStatus.CONFIRMED);
    }

    private static AppointmentFact fact(BookingEvent event, Lifecycle lifecycle) {
        Appointment appointment = event.appointment();
        ZoneId zone = appointment.timeZone() == null ? DEFAULT_ZONE : ZoneId.of(appointment.timeZone());
        return new AppointmentFact(event.appointmentId(), event.communeId(), lifecycle,
                LocalDate.ofInstant(appointment.start(), zone), appointment.start(), appointment.end(),
                appointment.bookedAt(), appointment.bookedAt() == null ? null
                        : LocalDate.ofInstant(appointment.bookedAt(), zone), Dimensions.of(appointment));
    }
}
