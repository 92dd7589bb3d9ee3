package fr.creneau.notification.planning;

import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.planning.api.CommuneSuspensionChanged;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agents of a commune the operator suspended read its notification settings but cannot change them (a French
 * 409); once it is resumed they can again.
 */
class SuspendedCommuneSettingsTest extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String commune = "suspendue-" + Events.newId().substring(0, 8);

    private ServiceClient communeAdmin() {
        return ServiceClient.on(port, "/api/notifications").asTheGateway();
    }

    private void suspended(boolean suspended) {
        Events.publish(new CommuneSuspensionChanged(Events.newId(), Instant.now(), commune, suspended,
                suspended ? "Abonnement non renouvelé" : ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT suspended FROM commune_suspension WHERE commune_id = :c").param("c", commune)
                .query(Boolean.class).optional().map(value -> value == suspended).orElse(false));
    }

    private ServiceResponse changeChannels() {
        return communeAdmin().put("/communes/" + commune + "/channels", Map.of("CONFIRMATION", List.of("EMAIL")));
    }

    @Test
    void aSuspendedCommunesSettingsAreReadButNotChangedUntilItIsResumed() {
        assertThat(changeChannels().status()).isEqualTo(200);

        suspended(true);
        ServiceResponse refused = changeChannels();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body().path("detail").asText()).contains("suspendue", "ne peuvent pas être modifiés");
        assertThat(communeAdmin().get("/communes/" + commune + "/channels").status()).isEqualTo(200);

        suspended(false);
        assertThat(changeChannels().status()).isEqualTo(200);
    }
}
