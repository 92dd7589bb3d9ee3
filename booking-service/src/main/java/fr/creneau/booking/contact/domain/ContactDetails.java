package fr.creneau.booking.contact.domain;

import java.util.List;

/**
 * What is sealed in the event store for one appointment: who to tell, the secret of their manage link, the
 * ANTS pre-application numbers of the persons, the citizen's free-text remark, and the appointment's six-digit
 * reference (null for an appointment booked before references were written in the messages).
 */
public record ContactDetails(String fullName, String email, String mobile, String manageToken, String locale,
        List<String> antsNumbers, String remark, String reference) {

    public ContactDetails {
        antsNumbers = antsNumbers == null ? List.of() : List.copyOf(antsNumbers);
    }
}
