package fr.creneau.notification;

import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEndpointsTest extends NotificationIntegrationTest {

    @Autowired
    ObjectProvider<FunctionAroundWrapper> functionWrappers;

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
    void requestsAreTimedButNotEachRecordConsumed() {
        http.get("/actuator/health");

        assertThat(http.get("/actuator/prometheus").bodyAsString()).contains("http_server_requests_seconds");
        assertThat(functionWrappers.getIfAvailable()).isNull();
    }

    @Test
    void anUnknownPathIsAFrenchProblem() {
        ServiceResponse response = http.get("/api/notifications/communes/villeneuve/nope");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyAsString()).contains("Introuvable");
    }
}
