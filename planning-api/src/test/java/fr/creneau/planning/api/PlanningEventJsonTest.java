package fr.creneau.planning.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanningEventJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aPlanningChangeReadsBackWithItsRangesAndDates() throws Exception {
        PlanningEvent event = new PlanningChanged("e-1", Instant.parse("2026-11-20T10:00:00Z"), "villeneuve",
                "place-1", "counter-1", "Europe/Paris", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                List.of(new CapacityRange(Instant.parse("2026-12-01T08:00:00Z"),
                        Instant.parse("2026-12-01T11:00:00Z"), 2, List.of())),
                "REFERENCE_WEEK", List.of());

        String written = json.writeValueAsString(event);
        JsonNode tree = json.readTree(written);

        assertThat(tree.get("type").asText()).isEqualTo("PlanningChanged.v1");
        assertThat(tree.get("from").asText()).isEqualTo("2026-12-01");
        assertThat(json.readValue(written, PlanningEvent.class)).isEqualTo(event);
    }

    @Test
    void aCapacityRangeRefusesAnEndBeforeItsStart() {
        Instant nine = Instant.parse("2026-12-01T08:00:00Z");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CapacityRange(nine, nine.minusSeconds(60), 1, List.of()));
    }
}
