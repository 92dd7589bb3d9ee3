package fr.creneau.notification.compose.domain;

/** The event came before the citizen's contact on booking.contacts: sending is retried later, never dropped. */
public class ContactNotYetKnownException extends RuntimeException {

    public ContactNotYetKnownException(String appointmentId) {
        super("contact of appointment " + appointmentId + " not received yet");
    }
}
