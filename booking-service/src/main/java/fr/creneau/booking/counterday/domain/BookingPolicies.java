package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.List;

import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.OUTSIDE_BOOKING_WINDOW;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.SLOT_UNAVAILABLE;

/** The invariants of taking capacity: within the type's booking window, and never beyond the day's capacity. */
public final class BookingPolicies {

    private BookingPolicies() {
    }

    /** A booking may take its slot: within the window, with room in the day, its agent (if named) free. */
    public static void assertCanTake(DayCapacity capacity, Booking booking, List<Booking> others, Instant earliest,
            Instant latest) {
        assertWithinBookingWindow(booking.range().start(), earliest, latest);
        assertSlotHasCapacity(capacity, booking.range(), booking.units(), others);
        assertAgentFree(capacity, booking, others);
    }

    /** A booking that takes more room or time once changed still fits the day, its agent (if named) free. */
    public static void assertRoomFor(DayCapacity capacity, Booking before, Booking after, List<Booking> others) {
        if (before.status().occupies() && !after.usage().equals(before.usage())) {
            assertSlotHasCapacity(capacity, after.range(), after.units(), others);
            assertAgentFree(capacity, after, others);
        }
    }

    public static void assertSlotHasCapacity(DayCapacity capacity, TimeRange range, int units, List<Booking> occupying) {
        if (capacity.freeUnits(range, occupying.stream().map(Booking::usage).toList()) < units) {
            throw new BookingRefused(SLOT_UNAVAILABLE, "Ce créneau n'est plus disponible.");
        }
    }

    /** An appointment with a named agent needs that agent at work and not already with someone else. */
    public static void assertAgentFree(DayCapacity capacity, Booking booking, List<Booking> others) {
        String agentId = booking.agentId();
        if (agentId == null) {
            return;
        }
        boolean busy = others.stream().anyMatch(other -> agentId.equals(other.agentId())
                && other.range().overlaps(booking.range()));
        if (busy || !capacity.agentWorks(agentId, booking.range())) {
            throw new BookingRefused(SLOT_UNAVAILABLE, "L'agent choisi n'est pas disponible sur ce créneau.");
        }
    }

    public static void assertWithinBookingWindow(Instant start, Instant earliest, Instant latest) {
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            throw new BookingRefused(OUTSIDE_BOOKING_WINDOW,
                    "Ce créneau est hors de la période ouverte à la réservation pour ce type de rendez-vous.");
        }
    }
}
