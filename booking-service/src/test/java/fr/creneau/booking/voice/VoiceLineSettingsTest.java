package fr.creneau.booking.voice;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.testsupport.ScriptedCaller;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's line: set by its administrator, offered by the operator in the commune's subscription (planning), and
 * answering only when both are on.
 */
class VoiceLineSettingsTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theLineAnswersOnlyWhileTheCommuneAndTheOperatorBothHaveItOn() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        assertThat(caller.dial().said()).contains("Bienvenue");

        line.subscribe(false);
        assertThat(caller.dial().said()).contains("Ce numéro n'est pas en service.");

        line.subscribe(true);
        line.service.asTheGateway().put(path(line), Map.of("phoneNumber", line.lineNumber, "enabled", false)).expect(200);
        assertThat(caller.dial().said()).contains("Ce numéro n'est pas en service.");
        assertThat(line.service.asTheGateway().get(path(line)).body().path("enabled").asBoolean()).isFalse();
    }

    @Test
    void badSettingsAreRefusedInFrench() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ServiceClient admin = line.service.asTheGateway();

        var badNumber = admin.put(path(line), Map.of("phoneNumber", "04 50 00 00 00", "enabled", true));
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.contentType()).startsWith("application/problem+json");
        assertThat(badNumber.body().toString()).contains("format international");

        VoiceLineSetup other = new VoiceLineSetup(port, 1);
        var taken = other.service.asTheGateway().put(path(other), Map.of("phoneNumber", line.lineNumber, "enabled", true));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("detail").asText()).contains("déjà celui du serveur vocal d'une autre commune");

        var agent = line.service.as(AgentHeaders.of(line.feed.communeId, Role.AGENT))
                .put(path(line), Map.of("phoneNumber", "+33450000001", "enabled", true));
        assertThat(agent.status()).isEqualTo(403);

    }

    private static String path(VoiceLineSetup line) {
        return "/api/booking/agent/communes/%s/voice-line".formatted(line.feed.communeId);
    }
}
