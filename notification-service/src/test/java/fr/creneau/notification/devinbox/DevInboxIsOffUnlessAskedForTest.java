package fr.creneau.notification.devinbox;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** As shipped, with Twilio and SMTP configured and nothing else said, there is no dev inbox to read. */
class DevInboxIsOffUnlessAskedForTest extends NotificationIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theDevInboxIsNotServed() {
        ResponseEntity<JsonNode> inbox = http.getForEntity("/api/notifications/dev-inbox?limit=1000", JsonNode.class);

        assertThat(inbox.getStatusCode().value()).isEqualTo(404);
        assertThat(inbox.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
