package fr.creneau.notification;

import fr.creneau.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEndpointsTest extends NotificationIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() {
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
        assertThat(http.getForObject("/actuator/prometheus", String.class)).contains("jvm_memory_used_bytes");
        // as shipped, without CRENEAU_DEV_INBOX=true, the dev inbox is no endpoint at all
        assertThat(http.getForObject("/v3/api-docs", String.class))
                .contains("/api/notifications/communes/{communeId}/templates/{kind}/{channel}")
                .doesNotContain("/api/notifications/dev-inbox");
    }

    @Test
    void anUnknownPathIsAFrenchProblem() {
        ResponseEntity<String> response = http.getForEntity("/api/notifications/communes/villeneuve/nope", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("Introuvable");
    }
}
