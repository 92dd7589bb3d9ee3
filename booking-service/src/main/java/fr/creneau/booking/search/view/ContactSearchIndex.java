package fr.creneau.booking.search.view;

import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.SlotReserved;
import fr.creneau.booking.search.domain.SearchTokens;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The keyed index of the sealed contact details. Its rows hang on the appointment's contact key (a foreign key, on
 * delete cascade): once the key is erased, the person is no longer found, as they can no longer be read.
 * <p>
 * It follows the event store on a processor of its own, a moment behind, not in the command's transaction: a
 * counter-day takes one command at a time, and its 20-odd rows per person (every beginning of every word of the
 * name) were a third of the projections' time inside the day's turn (JFR, benchmarks/README.md). A search finds a
 * booking a fraction of a second after it is made.
 */
@Component
@ProcessingGroup(ContactSearchIndex.PROCESSOR)
public class ContactSearchIndex {

    public static final String PROCESSOR = "booking-search-index";
    private static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ContactVault vault;
    private final SearchKey key;

    ContactSearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate named, ContactVault vault,
            @Value("${booking.one-time-code.secret:}") String secret) {
        this.jdbc = jdbc;
        this.named = named;
        this.vault = vault;
        this.key = SearchKey.derivedFrom(secret);
    }

    @EventHandler
    void on(SlotReserved event) {
        index(event.booking(), event.sealedContact());
    }

    @EventHandler
    void on(AppointmentBooked event) {
        index(event.booking(), event.sealedContact());
    }

    @EventHandler
    void on(AppointmentModified event) {
        if (event.sealedContact() != null) {
            index(event.booking(), event.sealedContact());
        }
    }

    /** The appointments of the commune whose person matches every token of the query, latest first. */
    public List<String> search(String communeId, Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT s.appointment_id FROM contact_search s JOIN appointment a USING (appointment_id)
                        WHERE s.commune_id = :communeId AND s.token_hash IN (:hashes)
                        GROUP BY s.appointment_id, a.starts_at HAVING COUNT(*) = :count
                        ORDER BY a.starts_at DESC LIMIT :limit""")
                .param("communeId", communeId)
                .param("hashes", tokens.stream().map(key::hash).toList())
                .param("count", tokens.size())
                .param("limit", LIMIT)
                .query(String.class).list();
    }

    private void index(Booking booking, String sealedContact) {
        ContactDetails contact = vault.open(booking.appointmentId(), sealedContact).orElse(null);
        String id = booking.appointmentId();
        List<SqlParameterSource> rows = contact == null ? List.of() : SearchTokens.of(contact).stream()
                .map(token -> (SqlParameterSource) new MapSqlParameterSource("id", id)
                        .addValue("communeId", booking.communeId()).addValue("hash", key.hash(token)))
                .toList();
        SearchRows.current(named).replace(id, rows, named);
    }
}
