package fr.creneau.booking.voice.command;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.reference.view.AppointmentReferences;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * An appointment found by a caller: its reference in the commune, and the caller's number the mobile it was booked
 * with. Both are needed: six digits alone could be guessed, and a number alone says nothing of which appointment.
 */
@Service
public class CallerAppointments {

    private final AppointmentReferences references;
    private final AppointmentIndex appointments;
    private final ContactVault vault;

    CallerAppointments(AppointmentReferences references, AppointmentIndex appointments, ContactVault vault) {
        this.references = references;
        this.appointments = appointments;
        this.vault = vault;
    }

    /** @param callerMobile the caller's number in the national form (0612345678) */
    public Optional<AppointmentSummary> find(String communeId, String reference, String callerMobile) {
        if (callerMobile == null) {
            return Optional.empty();
        }
        return references.appointmentOf(communeId, reference).flatMap(appointments::find)
                .filter(appointment -> callerMobile.equals(mobileOf(appointment.appointmentId())));
    }

    private String mobileOf(String appointmentId) {
        return appointments.sealedContact(appointmentId).flatMap(sealed -> vault.open(appointmentId, sealed))
                .map(ContactDetails::mobile).map(CallerAppointments::national).orElse(null);
    }

    private static String national(String mobile) {
        String digits = mobile.replaceAll("[^0-9+]", "");
        return digits.startsWith("+33") ? "0" + digits.substring(3) : digits;
    }
}
