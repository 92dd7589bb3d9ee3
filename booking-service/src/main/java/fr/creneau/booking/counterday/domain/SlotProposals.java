package fr.creneau.booking.counterday.domain;

import java.util.List;

/**
 * Finds the free slots to offer when the mairie cancels or unschedules an appointment. They are found once, while
 * the command is handled, and kept in the event: a replay of the events publishes the same proposals.
 */
public interface SlotProposals {

    /** Free slots of the booking's type from today on, other than its own. */
    List<Proposal> insteadOf(Booking booking);

    /**
     * The same, leaving out the booking's whole counter-day: its capacity is being replaced by the command under
     * way, which the read model does not show yet.
     */
    List<Proposal> insteadOfDay(Booking booking);
}
