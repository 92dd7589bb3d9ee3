package fr.creneau.booking.counterday.domain;

/** A command the state of the counter-day does not allow; {@code reason} says which rule refused it. */
public class BookingRefused extends RuntimeException {

    public enum Reason {
        SLOT_UNAVAILABLE,
        OUTSIDE_BOOKING_WINDOW,
        UNKNOWN_APPOINTMENT,
        NOT_ACTIVE,
        HOLD_EXPIRED,
        ALREADY_KNOWN,
        NOT_AWAITING_APPROVAL
    }

    private final Reason reason;

    public BookingRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static BookingRefused holdExpired() {
        return new BookingRefused(Reason.HOLD_EXPIRED, "La réservation a expiré : choisissez un nouveau créneau.");
    }

    public Reason reason() {
        return reason;
    }
}
