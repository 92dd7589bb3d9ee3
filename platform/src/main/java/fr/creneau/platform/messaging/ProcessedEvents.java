package fr.creneau.platform.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;

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
}
