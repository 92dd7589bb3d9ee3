package fr.creneau.booking.ants.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.ants.domain.ApplicationStatus;
import fr.creneau.booking.ants.domain.DeclaredAppointment;
import fr.creneau.booking.ants.domain.NumberStatus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ANTS' answer to a status check: an object keyed by number, each with its {@code status} and its
 * {@code appointments}. A number missing from the answer is unknown; an answer that is not that object is none.
 */
public final class StatusReading {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusReading() {
    }

    public static Optional<List<NumberStatus>> read(String body, List<String> numbers) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        List<NumberStatus> statuses = new ArrayList<>();
        for (String number : numbers) {
            JsonNode entry = root.path(number);
            List<DeclaredAppointment> appointments = new ArrayList<>();
            entry.path("appointments").forEach(appointment -> appointments.add(new DeclaredAppointment(
                    appointment.path("meeting_point").asText(""), appointment.path("appointment_date").asText(""),
                    appointment.path("management_url").asText(""))));
            statuses.add(new NumberStatus(number, ApplicationStatus.fromWire(entry.path("status").asText(null)),
                    appointments));
        }
        return Optional.of(statuses);
    }
}
