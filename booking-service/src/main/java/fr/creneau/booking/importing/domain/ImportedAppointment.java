package fr.creneau.booking.importing.domain;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.counterday.domain.BookingChannel;

import java.time.Instant;
import java.util.List;

/** One line of the appointments file once checked against the commune's catalog, ready to be booked. */
public record ImportedAppointment(
        long line,
        String reference,
        AppointmentType type,
        String optionId,
        Counter counter,
        Instant start,
        int persons,
        String fullName,
        String email,
        String mobile,
        List<String> antsNumbers,
        String remark,
        BookingChannel channel) {

    public ImportedAppointment {
        antsNumbers = List.copyOf(antsNumbers);
    }
}
