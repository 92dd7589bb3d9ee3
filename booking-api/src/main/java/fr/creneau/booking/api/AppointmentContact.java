package fr.creneau.booking.api;

/**
 * The citizen's contact details for one appointment, on the compacted topic {@code booking.contacts}, keyed by
 * appointment id. A record with a null value (a tombstone) under that key means the data was erased: a consumer
 * deletes its copy. {@code manageToken} is the secret of the change-or-cancel link: it never goes into an event.
 */
public record AppointmentContact(
        String appointmentId,
        String communeId,
        String fullName,
        String email,
        String mobile,
        String manageToken,
        String locale) {

    public static final String TOPIC = "booking.contacts";
}
