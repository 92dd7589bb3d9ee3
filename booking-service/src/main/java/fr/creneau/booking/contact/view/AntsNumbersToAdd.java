package fr.creneau.booking.contact.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bookings held without the ANTS numbers their type asks for, because the caller chose to add them later through
 * the manage link: how many numbers each one awaits, for the message that asks for them.
 */
@Component
public class AntsNumbersToAdd {

    private final JdbcClient jdbc;

    AntsNumbersToAdd(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void expect(String appointmentId, int awaited) {
        jdbc.sql("INSERT INTO ants_numbers_to_add (appointment_id, awaited) VALUES (:id, :awaited) ON CONFLICT DO NOTHING")
                .param("id", appointmentId).param("awaited", awaited).update();
    }

    /** How many numbers the appointment was booked without; 0 for nearly every appointment. */
    public int awaited(String appointmentId) {
        return jdbc.sql("SELECT awaited FROM ants_numbers_to_add WHERE appointment_id = :id").param("id", appointmentId)
                .query(Integer.class).optional().orElse(0);
    }

    public void forget(String appointmentId) {
        jdbc.sql("DELETE FROM ants_numbers_to_add WHERE appointment_id = :id").param("id", appointmentId).update();
    }
}
