package fr.creneau.booking.api;

/**
 * The citizen's contact details for one appointment, on the compacted topic {@code booking.contacts}, keyed by
 * appointment id. A record with a null value (a tombstone) under that key means the data was erased: a consumer
 * deletes its copy. {@code manageToken} is the secret of the change-or-cancel link: it never goes into an event.
 * {@code reference}: the appointment's six digits, written in the messages and typed on the phone to find it (null for
 * an appointment booked before references existed).
 */
public record AppointmentContact(
        String appointmentId,
        String communeId,
        String fullName,
        String email,
        String mobile,
        String manageToken,
        String locale,
        String reference) {

    public static final String TOPIC = "booking.contacts";

    /** A contact without a reference, as recorded before references existed. */
    public AppointmentContact(String appointmentId, String communeId, String fullName, String email, String mobile,
            String manageToken, String locale) {
        this(appointmentId, communeId, fullName, email, mobile, manageToken, locale, null);
    }
}
