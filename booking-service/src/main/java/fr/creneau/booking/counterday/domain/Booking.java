package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** One appointment as its counter-day knows it: where it is, how much capacity it takes, where it stands. */
public record Booking(
        String appointmentId,
        String communeId,
        String counterId,
        AppointmentDetails details,
        TimeRange range,
        int units,
        int persons,
        String agentId,
        BookingChannel channel,
        BookingStatus status,
        Instant bookedAt,
        Instant holdExpiresAt) {

    public Booking {
        if (units < 1 || persons < 1) {
            throw new IllegalArgumentException("a booking takes at least one unit for one person");
        }
    }

    public Usage usage() {
        return new Usage(range, units);
    }

    public Booking withStatus(BookingStatus newStatus) {
        return new Booking(appointmentId, communeId, counterId, details, range, units, persons, agentId, channel,
                newStatus, bookedAt, holdExpiresAt);
    }

    public Booking withAgent(String newAgentId) {
        return new Booking(appointmentId, communeId, counterId, details, range, units, persons, newAgentId, channel,
                status, bookedAt, holdExpiresAt);
    }

    public Booking movedTo(String newCounterId, AppointmentDetails newDetails, TimeRange newRange, BookingStatus newStatus) {
        return new Booking(appointmentId, communeId, newCounterId, newDetails, newRange, units, persons, agentId,
                channel, newStatus, bookedAt, holdExpiresAt);
    }

    /** The same appointment on the same start, about {@code newDetails}, for {@code newPersons}. */
    public Booking modified(AppointmentDetails newDetails, TimeRange newRange, int newUnits, int newPersons) {
        return new Booking(appointmentId, communeId, counterId, newDetails, newRange, newUnits, newPersons, agentId,
                channel, status, bookedAt, holdExpiresAt);
    }

    /** This booking, if the citizen still has it ahead of them. */
    public Booking active() {
        if (!status.isActive()) {
            throw new BookingRefused(BookingRefused.Reason.NOT_ACTIVE, "Ce rendez-vous n'est plus actif.");
        }
        return this;
    }

    public Booking awaitingApproval() {
        if (status != BookingStatus.AWAITING_APPROVAL) {
            throw new BookingRefused(BookingRefused.Reason.NOT_AWAITING_APPROVAL,
                    "Ce rendez-vous n'attend pas de validation.");
        }
        return this;
    }

    /** This booking, if it is in {@code expected}; an expired hold says so. */
    public Booking inStatus(BookingStatus expected) {
        if (status == BookingStatus.EXPIRED) {
            throw BookingRefused.holdExpired();
        }
        if (status != expected) {
            throw new BookingRefused(BookingRefused.Reason.NOT_ACTIVE, "Ce rendez-vous n'est plus actif.");
        }
        return this;
    }
}
