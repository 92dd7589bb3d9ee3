package fr.creneau.stats;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsTest extends StatsIntegrationTest {

    @Test
    void healthIsUp() {
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreExposed() {
        ResponseEntity<String> metrics = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentListsTheFiltersOfTheFigures() {
        String document = http.getForObject("/v3/api-docs", String.class);

        assertThat(document).contains("/api/stats/communes/{communeId}/figures.csv", "\"groupBy\"",
                "\"appointmentTypeId\"");
        assertThat(document).doesNotContain("\"name\":\"parameters\"");
    }
}
