package fr.creneau.notification;

import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEndpointsTest extends NotificationIntegrationTest {

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() {
        assertThat(http.get("/actuator/health").bodyAsString()).contains("\"status\":\"UP\"");
        assertThat(http.get("/actuator/prometheus").bodyAsString()).contains("jvm_memory_used_bytes");
        // as shipped, without CRENEAU_DEV_INBOX=true, the dev inbox is no endpoint at all
        assertThat(http.get("/v3/api-docs").bodyAsString())
                .contains("/api/notifications/communes/{communeId}/templates/{kind}/{channel}")
                .doesNotContain("/api/notifications/dev-inbox");
    }

    @Test
    void anUnknownPathIsAFrenchProblem() {
        ServiceResponse response = http.get("/api/notifications/communes/villeneuve/nope");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyAsString()).contains("Introuvable");
    }
}
