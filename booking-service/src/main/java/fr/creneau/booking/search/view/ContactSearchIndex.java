package fr.creneau.booking.search.view;

import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.SlotReserved;
import fr.creneau.booking.search.domain.SearchTokens;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The keyed index of the sealed contact details: a row per appointment, holding the hashes of its tokens, found
 * when it contains all the query's. The row hangs on the appointment's contact key (a foreign key, on delete
 * cascade): once the key is erased, the person is no longer found, as they can no longer be read.
 * <p>
 * It follows the event store on a processor of its own, a moment behind, not in the command's transaction: a
 * counter-day takes one command at a time, and its 20-odd hashes per person (every beginning of every word of the
 * name, then a row each) were a third of the projections' time inside the day's turn (JFR, benchmarks/README.md).
 * A search finds a booking a fraction of a second after it is made.
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
                        SELECT s.appointment_id FROM contact_search_tokens s JOIN appointment a USING (appointment_id)
                        WHERE s.commune_id = :communeId AND s.token_hashes @> :hashes
                        ORDER BY a.starts_at DESC LIMIT :limit""")
                .param("communeId", communeId)
                .param("hashes", new HashArray(tokens.stream().map(key::hash).toList()))
                .param("limit", LIMIT)
                .query(String.class).list();
    }

    private void index(Booking booking, String sealedContact) {
        List<byte[]> hashes = vault.open(booking.appointmentId(), sealedContact)
                .map(contact -> SearchTokens.of(contact).stream().map(key::hash).toList()).orElse(List.of());
        SearchRows.current(named).replace(booking.appointmentId(), booking.communeId(), new HashArray(hashes), named);
    }
}
