package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.creneau.stats.stream.messaging.AppointmentFigures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the documented schema of stats.appointments and the published record in step. */
class StreamSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyFieldOfThePublishedRecordIsDocumentedAndNoDocumentedFieldIsMissing() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("docs/stats.appointments.v1.schema.json").toFile());
        List<String> documented = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(documented::add);

        assertThat(documented).containsExactlyInAnyOrderElementsOf(publishedFields());
        assertThat(schema.get("properties").get("type").get("const").asText()).isEqualTo(AppointmentFigures.TYPE);
    }

    private static List<String> publishedFields() {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : AppointmentFigures.class.getRecordComponents()) {
            if (component.getName().equals("figures")) {
                Arrays.stream(component.getType().getRecordComponents()).map(RecordComponent::getName)
                        .forEach(fields::add);
            } else {
                fields.add(component.getName());
            }
        }
        return fields;
    }
}
