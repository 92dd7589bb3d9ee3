package fr.creneau.notification.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationEventJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Instant at = Instant.parse("2026-11-20T10:05:00Z");

    @Test
    void anSmsSentCarriesItsVersionedTypeNameAndNoKey() throws Exception {
        NotificationEvent event = new SmsSent("e-1", at, "villeneuve", "n-1", "a-1", "CONFIRMATION", 2,
                SmsEncoding.GSM_7, 14);

        JsonNode tree = json.readTree(json.writeValueAsString(event));

        assertThat(tree.get("type").asText()).isEqualTo("SmsSent.v1");
        assertThat(tree.get("occurredAt").asText()).isEqualTo("2026-11-20T10:05:00Z");
        assertThat(tree.get("encoding").asText()).isEqualTo("GSM_7");
        assertThat(tree.get("costEuroCents").asLong()).isEqualTo(14);
        assertThat(tree.has("key")).isFalse();
        assertThat(event.key()).isEqualTo("n-1");
    }

    @Test
    void everyEventReadsBackAsItWasWritten() throws Exception {
        List<NotificationEvent> events = List.of(
                new SmsSent("e-1", at, "villeneuve", "n-1", null, "AGENT_DAILY_AGENDA", 1, SmsEncoding.UCS_2, 7),
                new SmsDelivered("e-2", at, "villeneuve", "n-1"),
                new SmsDeliveryFailed("e-3", at, "villeneuve", "n-2", "30003"));

        for (NotificationEvent event : events) {
            assertThat(json.readValue(json.writeValueAsString(event), NotificationEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void aConsumerReadsAnUnknownTypeAsNothing() throws Exception {
        assertThat(json.readValue("{\"type\":\"EmailSent.v1\",\"eventId\":\"e-9\"}", NotificationEvent.class))
                .isNull();
    }
}
