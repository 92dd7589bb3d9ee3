package fr.creneau.booking.ants.command;

/** The ANTS did not answer a status check, and the commune refuses a number it could not check. */
public class AntsUnavailable extends RuntimeException {

    public AntsUnavailable(String message) {
        super(message);
    }
}
