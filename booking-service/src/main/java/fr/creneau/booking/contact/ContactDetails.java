package fr.creneau.booking.contact;

/** What is sealed in the event store for one appointment: who to tell, and the secret of their manage link. */
public record ContactDetails(String fullName, String email, String mobile, String manageToken, String locale) {
}
