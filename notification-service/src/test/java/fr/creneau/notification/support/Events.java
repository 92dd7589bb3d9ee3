package fr.creneau.notification.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.Channel;
import fr.creneau.booking.api.VoiceCallEnded;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.testsupport.KafkaProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes booking-api records as booking-service would: JSON with the "type" property, keyed by appointment. */
public final class Events {

    private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    public static void publish(BookingEvent event) {
        KafkaProbe.send(BookingEvent.TOPIC, event.appointmentId(), write(event, BookingEvent.class));
    }

    public static void publish(AppointmentContact contact) {
        KafkaProbe.send(AppointmentContact.TOPIC, contact.appointmentId(), write(contact, AppointmentContact.class));
    }

    /** A call ended on a voice line, keyed by commune as booking-service sends it. */
    public static void publish(VoiceCallEnded call) {
        KafkaProbe.send(VoiceCallEnded.TOPIC, call.communeId(), write(call, VoiceCallEnded.class));
    }

    public static void publish(PlanningEvent event) {
        KafkaProbe.send(PlanningEvent.TOPIC, event.key(), write(event, PlanningEvent.class));
    }

    /** An appointment type of the commune, as planning-service announces it. */
    public static AppointmentTypeChanged appointmentType(String communeId, String appointmentTypeId) {
        return new AppointmentTypeChanged(newId(), Instant.now(), communeId, appointmentTypeId, "Carte d'identité",
                null, 20, "2m", "60m", List.of(), 1, false, true, List.of(), false, null, null, List.of(), "COUNTER",
                false, true);
    }

    public static void erase(String appointmentId) {
        KafkaProbe.send(AppointmentContact.TOPIC, appointmentId, null);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static AppointmentContact contact(String appointmentId, String mobile, String email) {
        return contact(appointmentId, mobile, email, "fr");
    }

    /** The contact of a citizen who booked on the page in that language (null: the page sent none). */
    public static AppointmentContact contact(String appointmentId, String mobile, String email, String locale) {
        return new AppointmentContact(appointmentId, "villeneuve", "Jeanne Martin", email, mobile,
                "tok-" + appointmentId, locale, reference(appointmentId));
    }

    /** The six-digit reference {@link #contact} gives the appointment. */
    public static String reference(String appointmentId) {
        return "%06d".formatted(Math.floorMod(appointmentId.hashCode(), 1_000_000));
    }

    /** A 20-minute identity card appointment at the Mairie, Europe/Paris. */
    public static Appointment appointment(Instant start) {
        return new Appointment("cni", "Carte d'identité", "opt-cni", "CNI", "etat-civil", "mairie", "Mairie",
                "1 place de la Mairie", "g1", "Guichet 1", null, start, start.plus(Duration.ofMinutes(20)),
                "Europe/Paris", 1, Channel.WEB, "Photo d'identité récente", Instant.parse("2026-11-20T10:00:00Z"));
    }

    private static String write(Object value, Class<?> type) {
        try {
            return json.writerFor(type).writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
