package fr.creneau.booking.ants.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The pre-application numbers an appointment of a connected commune was taken with. */
@Component
public class FollowedNumbers {

    private final JdbcClient jdbc;

    FollowedNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(String appointmentId) {
        return jdbc.sql("SELECT ants_number FROM ants_appointment_number WHERE appointment_id = :id ORDER BY ants_number")
                .param("id", appointmentId).query(String.class).list();
    }
}
