package fr.creneau.notification.contact;

import fr.creneau.booking.api.AppointmentContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class ContactBook {

    private final JdbcClient jdbc;

    ContactBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(AppointmentContact contact) {
        jdbc.sql("""
                        INSERT INTO appointment_contact (appointment_id, commune_id, full_name, email, mobile,
                                                         manage_token, locale)
                        VALUES (:appointmentId, :communeId, :fullName, :email, :mobile, :token, :locale)
                        ON CONFLICT (appointment_id) DO UPDATE SET commune_id = excluded.commune_id,
                            full_name = excluded.full_name, email = excluded.email, mobile = excluded.mobile,
                            manage_token = excluded.manage_token, locale = excluded.locale""")
                .param("appointmentId", contact.appointmentId())
                .param("communeId", contact.communeId())
                .param("fullName", contact.fullName())
                .param("email", contact.email())
                .param("mobile", contact.mobile())
                .param("token", contact.manageToken())
                .param("locale", contact.locale())
                .update();
    }

    void erase(String appointmentId) {
        jdbc.sql("DELETE FROM appointment_contact WHERE appointment_id = :id").param("id", appointmentId).update();
    }

    public Optional<AppointmentContact> find(String appointmentId) {
        return jdbc.sql("SELECT * FROM appointment_contact WHERE appointment_id = :id")
                .param("id", appointmentId)
                .query((rs, row) -> new AppointmentContact(rs.getString("appointment_id"), rs.getString("commune_id"),
                        rs.getString("full_name"), rs.getString("email"), rs.getString("mobile"),
                        rs.getString("manage_token"), rs.getString("locale")))
                .optional();
    }
}
