package fr.creneau.booking.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BookingEventJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Appointment appointment = new Appointment("type-1", "Carte d'identité", "cni", "CNI", "etat-civil",
            "place-1", "Mairie", "1 place de la Mairie", "counter-1", "Guichet 1", null,
            Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:20:00Z"), "Europe/Paris", 1,
            Channel.WEB, "Apportez un justificatif de domicile", Instant.parse("2026-11-20T10:00:00Z"));

    @Test
    void anEventCarriesItsVersionedTypeName() throws Exception {
        BookingEvent event = new AppointmentConfirmed("e-1", Instant.parse("2026-11-20T10:05:00Z"), "villeneuve",
                "a-1", appointment);

        JsonNode tree = json.readTree(json.writeValueAsString(event));

        assertThat(tree.get("type").asText()).isEqualTo("AppointmentConfirmed.v1");
        assertThat(tree.get("appointment").get("start").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(tree.has("key")).isFalse();
    }

    @Test
    void everyEventReadsBackAsItWasWritten() throws Exception {
        Instant at = Instant.parse("2026-11-20T10:05:00Z");
        List<ProposedSlot> proposed = List.of(new ProposedSlot("place-1", "Mairie", "counter-1",
                Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-02T08:20:00Z")));
        List<BookingEvent> events = List.of(
                new SlotReserved("e-1", at, "villeneuve", "a-1", appointment, at.plusSeconds(600)),
                new AppointmentCancelled("e-2", at, "villeneuve", "a-1", appointment, CancelledBy.AGENT, "agent-1",
                        "Fermeture exceptionnelle", proposed),
                new AppointmentUnscheduled("e-3", at, "villeneuve", "a-1", appointment, "ABSENCE", proposed),
                new AppointmentRescheduled("e-4", at, "villeneuve", "a-1", appointment,
                        Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T08:20:00Z"), "place-1",
                        "counter-1", CancelledBy.CITIZEN));

        for (BookingEvent event : events) {
            BookingEvent read = json.readValue(json.writeValueAsString(event), BookingEvent.class);
            assertThat(read).isEqualTo(event);
        }
    }

    @Test
    void aConsumerReadsAnUnknownTypeAsNothing() throws Exception {
        BookingEvent read = json.readValue("{\"type\":\"SomethingNew.v9\",\"eventId\":\"e-9\"}", BookingEvent.class);

        assertThat(read).isNull();
    }
}
