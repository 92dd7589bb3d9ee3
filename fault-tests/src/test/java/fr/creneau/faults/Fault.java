package fr.creneau.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One fault under load: citizens book for a while, the fault is made and undone, they go on booking, then stop;
 * the messages are awaited and everything is counted into an {@link Outcome}.
 */
final class Fault {

    static final Duration WARM_UP = Duration.ofSeconds(20);
    static final Duration AFTER = Duration.ofSeconds(30);
    static final Duration DELIVERY_DEADLINE = Duration.ofMinutes(5);

    private final Citizens citizens;
    private final Inbox inbox;
    private final EventStore events;

    Fault(Citizens citizens, Inbox inbox, EventStore events) {
        this.citizens = citizens;
        this.inbox = inbox;
        this.events = events;
    }

    interface Action {
        void run() throws Exception;
    }

    Outcome make(String name, Action fault, Action undo) throws Exception {
        citizens.start();
        pause(WARM_UP);
        Instant start = Instant.now();
        fault.run();
        undo.run();
        Instant end = Instant.now();
        pause(AFTER);
        citizens.stop();
        List<Booking> bookings = citizens.bookings();
        List<Exchange> exchanges = citizens.exchanges();
        Set<String> heldButNotStored = events.missing("SlotReserved",
                bookings.stream().map(booking -> booking.appointmentId).toList());
        Set<String> confirmedButNotStored = events.missing("AppointmentConfirmed",
                bookings.stream().filter(Booking::confirmed).map(booking -> booking.appointmentId).toList());
        Inbox.Received received = awaitDeliveries(bookings, end);
        Duration caughtUp = undelivered(received, bookings) == 0
                ? Duration.between(end, Instant.now()) : null;
        long sentTwice = Outcome.beyondOne(bookings, received::codesBySms)
                + Outcome.beyondOne(bookings, received::codesByMail)
                + Outcome.beyondOne(bookings, received::confirmationsBySms)
                + Outcome.beyondOne(bookings, received::confirmationsByMail);
        long perhapsTwice = Outcome.beyondOne(bookings, b -> received.codesBySms(b) + received.codesPerhapsBySms(b))
                + Outcome.beyondOne(bookings,
                        b -> received.confirmationsBySms(b) + received.confirmationsPerhapsBySms(b))
                - Outcome.beyondOne(bookings, received::codesBySms)
                - Outcome.beyondOne(bookings, received::confirmationsBySms);
        return new Outcome(name, Duration.between(start, end), exchanges, bookings, heldButNotStored,
                confirmedButNotStored, sentTwice, perhapsTwice, missing(received, bookings), caughtUp,
                Outcome.serviceBack(exchanges, start));
    }

    /**
     * Waits until each held booking got its code by SMS and by e-mail, and each confirmed one its confirmation by
     * both, or until the deadline; returns what was received then. The time it took is measured from the fault's
     * end, by the caller, from the moment this returns.
     */
    private Inbox.Received awaitDeliveries(List<Booking> bookings, Instant faultEnd) {
        Instant deadline = faultEnd.plus(DELIVERY_DEADLINE);
        Inbox.Received received = inbox.snapshot();
        while (undelivered(received, bookings) > 0 && Instant.now().isBefore(deadline)) {
            pause(Duration.ofSeconds(1));
            received = inbox.snapshot();
        }
        return received;
    }

    private static long undelivered(Inbox.Received received, List<Booking> bookings) {
        return missing(received, bookings).size();
    }

    /** What each booking still waits for: its code by SMS and by e-mail, and its confirmation by both if confirmed. */
    static List<String> missing(Inbox.Received received, List<Booking> bookings) {
        List<String> missing = new ArrayList<>();
        for (Booking booking : bookings) {
            if (received.codesBySms(booking) == 0) {
                missing.add("code by SMS for " + booking.appointmentId);
            }
            if (received.codesByMail(booking) == 0) {
                missing.add("code by e-mail for " + booking.appointmentId);
            }
            if (booking.confirmed() && received.confirmationsBySms(booking) == 0) {
                missing.add("confirmation by SMS for " + booking.appointmentId);
            }
            if (booking.confirmed() && received.confirmationsByMail(booking) == 0) {
                missing.add("confirmation by e-mail for " + booking.appointmentId);
            }
        }
        return missing;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
