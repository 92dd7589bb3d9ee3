package fr.creneau.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.testsupport.KafkaProbe;

/**
 * Publishes the *-api records as booking-service, planning-service and notification-service do: Jackson JSON of the
 * record, with its "type", keyed by appointment (or counter, or entity, or notice).
 */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    public static void publish(BookingEvent event) {
        KafkaProbe.send(BookingEvent.TOPIC, event.key(), json(event));
    }

    public static void publish(NotificationEvent event) {
        KafkaProbe.send(NotificationEvent.TOPIC, event.key(), json(event));
    }

    public static void publish(PlanningEvent event) {
        KafkaProbe.send(PlanningEvent.TOPIC, event.key(), json(event));
    }

    public static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
