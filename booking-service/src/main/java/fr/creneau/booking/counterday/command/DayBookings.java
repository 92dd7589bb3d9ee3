package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.ALREADY_KNOWN;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.HOLD_EXPIRED;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.NOT_ACTIVE;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.NOT_AWAITING_APPROVAL;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.UNKNOWN_APPOINTMENT;

/** The appointments of one counter-day by id, and the guards on their status. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class DayBookings {

    private static final String EXPIRED = "La réservation a expiré : choisissez un nouveau créneau.";

    private final Map<String, Booking> byId = new LinkedHashMap<>();

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
            throw new BookingRefused(ALREADY_KNOWN, "Ce rendez-vous existe déjà.");
        }
    }

    Booking existing(String appointmentId) {
        Booking booking = byId.get(appointmentId);
        if (booking == null) {
            throw new BookingRefused(UNKNOWN_APPOINTMENT, "Rendez-vous introuvable.");
        }
        return booking;
    }

    Booking active(String appointmentId) {
        Booking booking = existing(appointmentId);
        if (!booking.status().isActive()) {
            throw new BookingRefused(NOT_ACTIVE, "Ce rendez-vous n'est plus actif.");
        }
        return booking;
    }

    Booking awaitingApproval(String appointmentId) {
        Booking booking = existing(appointmentId);
        if (booking.status() != BookingStatus.AWAITING_APPROVAL) {
            throw new BookingRefused(NOT_AWAITING_APPROVAL, "Ce rendez-vous n'attend pas de validation.");
        }
        return booking;
    }

    Booking inStatus(String appointmentId, BookingStatus expected) {
        Booking booking = existing(appointmentId);
        if (booking.status() == BookingStatus.EXPIRED) {
            throw new BookingRefused(HOLD_EXPIRED, EXPIRED);
        }
        if (booking.status() != expected) {
            throw new BookingRefused(NOT_ACTIVE, "Ce rendez-vous n'est plus actif.");
        }
        return booking;
    }

    static BookingRefused holdExpired() {
        return new BookingRefused(HOLD_EXPIRED, EXPIRED);
    }
}
