package fr.creneau.notification.contact.view;

import fr.creneau.booking.api.AppointmentContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
public class ContactBook {

    private final JdbcClient jdbc;

    ContactBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(AppointmentContact contact) {
        jdbc.sql("""
                        INSERT INTO appointment_contact (appointment_id, commune_id, full_name, email, mobile,
                                                         manage_token, locale, reference)
                        VALUES (:appointmentId, :communeId, :fullName, :email, :mobile, :token, :locale, :reference)
                        ON CONFLICT (appointment_id) DO UPDATE SET commune_id = excluded.commune_id,
                            full_name = excluded.full_name, email = excluded.email, mobile = excluded.mobile,
                            manage_token = excluded.manage_token, locale = excluded.locale,
                            reference = excluded.reference, erased_at = NULL""")
                .param("appointmentId", contact.appointmentId())
                .param("communeId", contact.communeId())
                .param("fullName", contact.fullName())
                .param("email", contact.email())
                .param("mobile", contact.mobile())
                .param("token", contact.manageToken())
                .param("locale", contact.locale())
                .param("reference", contact.reference())
                .update();
    }

    /**
     * Forgets the citizen's details for the appointment, here and in the texts already sent to them; what remains
     * is that they were erased.
     */
    public void erase(String appointmentId, Instant now) {
        jdbc.sql("""
                        INSERT INTO appointment_contact (appointment_id, erased_at) VALUES (:id, :now)
                        ON CONFLICT (appointment_id) DO UPDATE SET full_name = NULL, email = NULL, mobile = NULL,
                            manage_token = NULL, locale = NULL, reference = NULL, erased_at = excluded.erased_at""")
                .param("id", appointmentId).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        UPDATE notice SET subject = NULL, body = NULL,
                               recipient = CASE WHEN kind LIKE 'AGENT\\_%' THEN recipient ELSE NULL END
                        WHERE appointment_id = :id""")
                .param("id", appointmentId).update();
    }

    public boolean erased(String appointmentId) {
        return jdbc.sql("SELECT count(*) FROM appointment_contact WHERE appointment_id = :id AND erased_at IS NOT NULL")
                .param("id", appointmentId).query(Integer.class).single() > 0;
    }

    public Optional<AppointmentContact> find(String appointmentId) {
        return jdbc.sql("SELECT * FROM appointment_contact WHERE appointment_id = :id AND erased_at IS NULL")
                .param("id", appointmentId)
                .query((rs, row) -> new AppointmentContact(rs.getString("appointment_id"), rs.getString("commune_id"),
                        rs.getString("full_name"), rs.getString("email"), rs.getString("mobile"),
                        rs.getString("manage_token"), rs.getString("locale"), rs.getString("reference")))
                .optional();
    }
}
