package fr.creneau.booking.counterday.command;

/** A command to a counter-day could not run in time: nothing was written, and the request may be made again. */
public class CommandsBusy extends RuntimeException {

    CommandsBusy(String reason, Throwable cause) {
        super(reason, cause);
    }
}
