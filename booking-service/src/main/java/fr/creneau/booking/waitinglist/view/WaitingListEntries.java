package fr.creneau.booking.waitinglist.view;

import fr.creneau.booking.waitinglist.domain.Offer;
import fr.creneau.booking.waitinglist.domain.OfferAccepted;
import fr.creneau.booking.waitinglist.domain.OfferDeclined;
import fr.creneau.booking.waitinglist.domain.OfferExpired;
import fr.creneau.booking.waitinglist.domain.SlotOffered;
import fr.creneau.booking.waitinglist.domain.WaitingLineJoined;
import fr.creneau.booking.waitinglist.domain.WaitingLineId;
import fr.creneau.booking.waitinglist.domain.WaitingLineLeft;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps who waits, and what they are offered, in step with the waiting lines, in the same transaction. */
@Component
@ProcessingGroup("booking-projections")
public class WaitingListEntries {

    private final JdbcClient jdbc;

    WaitingListEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WaitingLineJoined event) {
        jdbc.sql("""
                        INSERT INTO waiting_list_entry (appointment_id, line_id, requested_at) VALUES (:id, :line, :at)
                        ON CONFLICT (appointment_id) DO UPDATE SET line_id = EXCLUDED.line_id,
                            requested_at = EXCLUDED.requested_at""")
                .param("id", event.waiter().appointmentId()).param("line", event.lineId())
                .param("at", Timestamp.from(event.waiter().requestedAt())).update();
    }

    @EventHandler
    void on(WaitingLineLeft event) {
        delete(event.appointmentId());
    }

    @EventHandler
    void on(OfferAccepted event) {
        delete(event.offer().appointmentId());
    }

    @EventHandler
    void on(SlotOffered event) {
        Offer offer = event.offer();
        jdbc.sql("""
                        UPDATE waiting_list_entry SET offer_id = :offer, offer_counter_id = :counter,
                            offer_start = :start, offer_end = :end, offer_expires_at = :expires
                        WHERE appointment_id = :id""")
                .param("offer", offer.offerId()).param("counter", offer.place().counterId())
                .param("start", Timestamp.from(offer.place().range().start()))
                .param("end", Timestamp.from(offer.place().range().end()))
                .param("expires", Timestamp.from(offer.expiresAt()))
                .param("id", offer.appointmentId()).update();
    }

    @EventHandler
    void on(OfferDeclined event) {
        clearOffer(event.appointmentId(), event.offerId());
    }

    @EventHandler
    void on(OfferExpired event) {
        clearOffer(event.appointmentId(), event.offerId());
    }

    public Optional<WaitingListEntry> find(String appointmentId) {
        return jdbc.sql("SELECT * FROM waiting_list_entry WHERE appointment_id = :id").param("id", appointmentId)
                .query(WaitingListEntries::entry).optional();
    }

    /** Whether anyone waits in this line: a freed place of a line nobody waits in is offered to nobody. */
    public boolean anyoneWaits(String lineId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM waiting_list_entry WHERE line_id = :line)")
                .param("line", lineId).query(Boolean.class).single();
    }

    /** The lines someone waits in at this place, in a steady order: the line whose first asked first, first. */
    public List<String> linesAt(String placeId) {
        return jdbc.sql("""
                        SELECT line_id FROM waiting_list_entry WHERE starts_with(line_id, :prefix)
                        GROUP BY line_id ORDER BY min(requested_at), line_id""")
                .param("prefix", WaitingLineId.of(placeId, "")).query(String.class).list();
    }

    private void delete(String appointmentId) {
        jdbc.sql("DELETE FROM waiting_list_entry WHERE appointment_id = :id").param("id", appointmentId).update();
    }

    private void clearOffer(String appointmentId, String offerId) {
        jdbc.sql("""
                        UPDATE waiting_list_entry SET offer_id = NULL, offer_counter_id = NULL, offer_start = NULL,
                            offer_end = NULL, offer_expires_at = NULL
                        WHERE appointment_id = :id AND offer_id = :offer""")
                .param("id", appointmentId).param("offer", offerId).update();
    }

    private static WaitingListEntry entry(ResultSet rs, int row) throws SQLException {
        return new WaitingListEntry(rs.getString("appointment_id"), rs.getString("line_id"),
                instant(rs.getTimestamp("requested_at")), rs.getString("offer_id"), rs.getString("offer_counter_id"),
                instant(rs.getTimestamp("offer_start")), instant(rs.getTimestamp("offer_end")),
                instant(rs.getTimestamp("offer_expires_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
