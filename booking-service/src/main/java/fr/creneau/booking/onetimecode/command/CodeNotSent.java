package fr.creneau.booking.onetimecode.command;

/** A one-time code could not be handed to notification.otp (the broker is down): the citizen is asked to retry. */
public class CodeNotSent extends RuntimeException {

    public CodeNotSent(String message, Throwable cause) {
        super(message, cause);
    }

    CodeNotSent(Throwable cause) {
        this("Le code de confirmation ne peut pas être envoyé pour le moment. Réessayez dans quelques minutes.", cause);
    }
}
