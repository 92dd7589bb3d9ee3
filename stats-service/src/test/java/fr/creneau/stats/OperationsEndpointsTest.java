package fr.creneau.stats;

import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsTest extends StatsIntegrationTest {

    @Test
    void healthIsUp() {
        assertThat(http.get("/actuator/health").bodyAsString()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreExposed() {
        ServiceResponse metrics = http.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.bodyAsString()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentListsTheFiltersOfTheFigures() {
        String document = http.get("/v3/api-docs").bodyAsString();

        assertThat(document).contains("/api/stats/communes/{communeId}/figures.csv", "\"groupBy\"",
                "\"appointmentTypeId\"");
        assertThat(document).doesNotContain("\"name\":\"parameters\"");
    }
}
