package fr.creneau.platform.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers which events a consumer has handled, in the {@code processed_event} table of the service's own schema
 * (created by {@code db/platform/V0_1__processed_event.sql}). Call {@link #firstTime} inside the transaction that
 * applies the event: a redelivered event then changes nothing.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code consumer} handles {@code eventId} now; false if it already had. */
    public boolean firstTime(String consumer, String eventId) {
        return jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId)
                        ON CONFLICT DO NOTHING""")
                .param("consumer", consumer)
                .param("eventId", eventId)
                .update() == 1;
    }

    /**
     * {@link #firstTime} for a batch of events in one statement: the ids among {@code eventIds} that
     * {@code consumer} had not handled yet, now recorded.
     */
    public Set<String> firstTimes(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT :consumer, id FROM unnest(CAST(:eventIds AS varchar[])) AS id
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .param("consumer", consumer)
                .param("eventIds", eventIds.toArray(String[]::new))
                .query(String.class)
                .list());
    }
}
