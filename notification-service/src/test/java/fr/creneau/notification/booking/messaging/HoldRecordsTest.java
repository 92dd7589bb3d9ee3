package fr.creneau.notification.booking.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.SlotReserved;
import fr.creneau.notification.support.Events;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HoldRecordsTest {

    private static final Instant NINE = Instant.parse("2027-01-05T08:00:00Z");
    private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aHoldAsBookingServiceWritesItIsRecognised() throws Exception {
        byte[] hold = json.writeValueAsBytes(new SlotReserved("e1", NINE, "c1", "a1", Events.appointment(NINE),
                NINE.plusSeconds(600)));

        assertThat(HoldRecords.isHold(hold)).isTrue();
    }

    @Test
    void anyOtherEventIsNot() throws Exception {
        byte[] confirmed = json.writeValueAsBytes(new AppointmentConfirmed("e1", NINE, "c1", "a1",
                Events.appointment(NINE)));

        assertThat(HoldRecords.isHold(confirmed)).isFalse();
    }

    @Test
    void spacesAroundTheTypeAreAllowed() {
        assertThat(HoldRecords.isHold(bytes(" {\n  \"type\" : \"SlotReserved.v1\" ,\"eventId\":\"e1\"}"))).isTrue();
    }

    @Test
    void aHoldWhoseTypeIsNotItsFirstPropertyIsLeftToTheParser() {
        assertThat(HoldRecords.isHold(bytes("{\"eventId\":\"e1\",\"type\":\"SlotReserved.v1\"}"))).isFalse();
    }

    @Test
    void anotherVersionOrATruncatedRecordIsLeftToTheParser() {
        assertThat(HoldRecords.isHold(bytes("{\"type\":\"SlotReserved.v10\",\"eventId\":\"e1\"}"))).isFalse();
        assertThat(HoldRecords.isHold(bytes("{\"type\":\"SlotReserved.v1\""))).isFalse();
        assertThat(HoldRecords.isHold(bytes("{\"type\":\"SlotReserved.v1\"x"))).isFalse();
        assertThat(HoldRecords.isHold(bytes("pas du JSON"))).isFalse();
        assertThat(HoldRecords.isHold(new byte[0])).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
