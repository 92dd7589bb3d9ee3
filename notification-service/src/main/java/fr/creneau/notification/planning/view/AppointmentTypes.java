package fr.creneau.notification.planning.view;

import fr.creneau.platform.problem.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The appointment types planning has announced, with their commune. */
@Repository
public class AppointmentTypes {

    private final JdbcClient jdbc;

    AppointmentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String communeId, String appointmentTypeId) {
        jdbc.sql("""
                        INSERT INTO appointment_type (commune_id, appointment_type_id) VALUES (:c, :t)
                        ON CONFLICT DO NOTHING""")
                .param("t", appointmentTypeId).param("c", communeId).update();
    }

    /** Answers 404 for a type of another commune exactly as for an unknown one. */
    public void requireOf(String communeId, String appointmentTypeId) {
        if (!belongsTo(communeId, appointmentTypeId)) {
            throw new NotFoundException("Type de rendez-vous « %s » introuvable dans cette commune.".formatted(
                    appointmentTypeId));
        }
    }

    public boolean belongsTo(String communeId, String appointmentTypeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM appointment_type WHERE appointment_type_id = :t AND commune_id = :c)")
                .param("t", appointmentTypeId).param("c", communeId)
                .query(Boolean.class).single();
    }
}
