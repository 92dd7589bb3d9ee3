package fr.creneau.booking.ants.domain;

import java.util.List;

/** The ANTS' answer for one pre-application number. */
public record NumberStatus(String number, ApplicationStatus status, List<DeclaredAppointment> appointments) {

    public NumberStatus {
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
    }
}
