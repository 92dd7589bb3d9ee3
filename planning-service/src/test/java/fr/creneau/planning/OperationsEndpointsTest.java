package fr.creneau.planning;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsTest extends PlanningIntegrationTest {

    @Test
    void healthPrometheusAndTheOpenApiDocumentAreServed() {
        RestClient root = RestClient.create("http://localhost:" + port);

        assertThat(root.get().uri("/actuator/health").retrieve().body(String.class)).contains("UP");
        assertThat(root.get().uri("/actuator/prometheus").retrieve().body(String.class)).contains("jvm_memory_used_bytes");
        assertThat(root.get().uri("/v3/api-docs").retrieve().body(String.class))
                .contains("/api/planning/communes/{communeId}/reference-weeks", "Créneau — planning");
    }
}
