package fr.creneau.notification.devinbox;

import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** As shipped, with Twilio and SMTP configured and nothing else said, there is no dev inbox to read. */
class DevInboxIsOffUnlessAskedForTest extends NotificationIntegrationTest {

    @Test
    void theDevInboxIsNotServed() {
        ServiceResponse inbox = http.get("/api/notifications/dev-inbox?limit=1000");

        assertThat(inbox.status()).isEqualTo(404);
        assertThat(inbox.contentType()).hasToString("application/problem+json");
    }
}
