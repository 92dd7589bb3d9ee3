package fr.creneau.booking.counterday.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import fr.creneau.booking.counterday.domain.AppointmentApproved;
import fr.creneau.booking.counterday.domain.AppointmentAttended;
import fr.creneau.booking.counterday.domain.AppointmentAwaitingApproval;
import fr.creneau.booking.counterday.domain.AppointmentCancelled;
import fr.creneau.booking.counterday.domain.AppointmentConfirmed;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.AppointmentNoShow;
import fr.creneau.booking.counterday.domain.AppointmentRefused;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.SlotProposals;
import org.axonframework.commandhandling.CommandHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The appointments of one counter-day by id, and what happens to one once booked without taking more capacity:
 * confirmed, released, approved or refused, cancelled, attended, moved out. A member of the {@link CounterDay}
 * aggregate: its commands are handled under the day's lock, and its events are the day's.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class DayBookings {

    private final Map<String, Booking> byId = new LinkedHashMap<>();

    @CommandHandler
    void handle(ConfirmAppointment command) {
        Booking booking = existing(command.appointmentId());
        if (booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.AWAITING_APPROVAL) {
            return;
        }
        booking.inStatus(BookingStatus.HELD);
        if (!command.now().isBefore(booking.holdExpiresAt())) {
            throw BookingRefused.holdExpired();
        }
        if (booking.details().approvalRequired()) {
            apply(new AppointmentAwaitingApproval(command.counterDayId(),
                    booking.withStatus(BookingStatus.AWAITING_APPROVAL), command.now()));
        } else {
            apply(new AppointmentConfirmed(command.counterDayId(), booking.withStatus(BookingStatus.CONFIRMED),
                    command.now()));
        }
    }

    @CommandHandler
    void handle(ReleaseHold command) {
        Booking booking = existing(command.appointmentId());
        if (booking.status() == BookingStatus.HELD) {
            apply(new HoldExpired(command.counterDayId(), booking.withStatus(BookingStatus.EXPIRED), command.now()));
        }
    }

    @CommandHandler
    void handle(ApproveAppointment command) {
        Booking booking = existing(command.appointmentId()).awaitingApproval();
        apply(new AppointmentApproved(command.counterDayId(), booking.withStatus(BookingStatus.CONFIRMED),
                command.agentId(), command.now()));
    }

    @CommandHandler
    void handle(RefuseAppointment command) {
        Booking booking = existing(command.appointmentId()).awaitingApproval();
        apply(new AppointmentRefused(command.counterDayId(), booking.withStatus(BookingStatus.REFUSED),
                command.agentId(), command.reason(), command.now()));
    }

    @CommandHandler
    void handle(CancelAppointment command, SlotProposals proposals) {
        Booking booking = existing(command.appointmentId()).active();
        apply(new AppointmentCancelled(command.counterDayId(), booking.withStatus(BookingStatus.CANCELLED),
                command.byAgent(), command.agentId(), command.reason(), command.now(),
                command.byAgent() ? proposals.insteadOf(booking) : List.of()));
    }

    @CommandHandler
    void handle(RecordAttendance command) {
        Booking booking = existing(command.appointmentId()).inStatus(BookingStatus.CONFIRMED);
        if (command.attended()) {
            apply(new AppointmentAttended(command.counterDayId(), booking.withStatus(BookingStatus.ATTENDED),
                    command.agentId(), command.now()));
        } else {
            apply(new AppointmentNoShow(command.counterDayId(), booking.withStatus(BookingStatus.NO_SHOW),
                    command.agentId(), command.now()));
        }
    }

    @CommandHandler
    void handle(MoveOut command) {
        Booking booking = existing(command.appointmentId()).active();
        apply(new AppointmentMovedOut(command.counterDayId(), booking.withStatus(BookingStatus.MOVED),
                command.newCounterDayId(), command.now()));
    }

    void put(Booking booking) {
        byId.put(booking.appointmentId(), booking);
    }

    Booking find(String appointmentId) {
        return byId.get(appointmentId);
    }

    List<Booking> occupying() {
        return byId.values().stream().filter(booking -> booking.status().occupies()).toList();
    }

    List<Booking> occupyingExcept(String appointmentId) {
        return occupying().stream().filter(booking -> !booking.appointmentId().equals(appointmentId)).toList();
    }

    void assertUnknown(String appointmentId) {
        Booking known = byId.get(appointmentId);
        if (known != null && known.status() != BookingStatus.MOVED) {
            throw new BookingRefused(BookingRefused.Reason.ALREADY_KNOWN, "Ce rendez-vous existe déjà.");
        }
    }

    Booking existing(String appointmentId) {
        Booking booking = byId.get(appointmentId);
        if (booking == null) {
            throw new BookingRefused(BookingRefused.Reason.UNKNOWN_APPOINTMENT, "Rendez-vous introuvable.");
        }
        return booking;
    }
}
