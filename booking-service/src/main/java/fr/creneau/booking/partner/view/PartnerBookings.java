package fr.creneau.booking.partner.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The appointments each partner account booked, newest first. */
@Repository
public class PartnerBookings {

    private static final int MOST = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    PartnerBookings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void remember(String communeId, String accountId, String appointmentId) {
        jdbc.sql("""
                INSERT INTO partner_booking (appointment_id, commune_id, account_id, booked_at)
                VALUES (:appointment, :commune, :account, :now) ON CONFLICT (appointment_id) DO NOTHING
                """)
                .param("appointment", appointmentId)
                .param("commune", communeId)
                .param("account", accountId)
                .param("now", OffsetDateTime.now(clock))
                .update();
    }

    /** The appointment's personal data is erased: who booked it for a beneficiary goes with it. */
    public void forget(String appointmentId) {
        jdbc.sql("DELETE FROM partner_booking WHERE appointment_id = :appointment")
                .param("appointment", appointmentId).update();
    }

    public List<String> bookedBy(String communeId, String accountId) {
        return jdbc.sql("""
                SELECT appointment_id FROM partner_booking WHERE commune_id = :commune AND account_id = :account
                ORDER BY booked_at DESC LIMIT :most
                """)
                .param("commune", communeId)
                .param("account", accountId)
                .param("most", MOST)
                .query(String.class).list();
    }
}
