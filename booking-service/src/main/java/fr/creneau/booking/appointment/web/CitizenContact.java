package fr.creneau.booking.appointment.web;

import fr.creneau.booking.contact.domain.ContactDetails;

import java.util.List;

/** The citizen as an agent sees them, while their data is kept. */
public record CitizenContact(String fullName, String email, String mobile, List<String> antsNumbers, String remark) {

    public static CitizenContact of(ContactDetails details) {
        return new CitizenContact(details.fullName(), details.email(), details.mobile(), details.antsNumbers(),
                details.remark());
    }
}
