package fr.creneau.notification;

import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentEndpoints;
import fr.creneau.testsupport.AgentEndpoints.Endpoint;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent reaches only their own commune's notices and settings; the dead letters are the platform's. */
class AgentAccessTest extends NotificationIntegrationTest {

    private static final List<String> PUBLIC = List.of("/api/notifications/twilio/status", "/api/notifications/dev-inbox");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    private final String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
    private final String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = AgentEndpoints.under(mapping, "/api/notifications/").stream()
                .filter(endpoint -> !PUBLIC.contains(endpoint.pattern())).toList();
        assertThat(endpoints).hasSizeGreaterThan(20);
        return endpoints;
    }

    private int call(HttpMethod method, String path, HttpHeaders identity) {
        RestClient.RequestBodySpec request = ServiceClient.on(port, "").as(identity).rest().method(method).uri(path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            request.contentType(MediaType.APPLICATION_JSON).body(Map.of("subject", "Objet", "body", "Bonjour"));
        }
        return ServiceClient.exchange(request).status();
    }

    private static Map<String, String> ids(String communeId) {
        return Map.of("communeId", communeId, "typeId", "type-1", "kind", "CONFIRMATION", "channel", "SMS",
                "appointmentId", "appointment-1", "noticeId", UUID.randomUUID().toString());
    }

    @Test
    void everyAgentEndpointAnswersUnauthorizedWithoutAnAgent() {
        for (Endpoint endpoint : endpoints()) {
            assertThat(call(endpoint.method(), endpoint.path(ids(mine)), new HttpHeaders()))
                    .as(endpoint.toString()).isEqualTo(401);
        }
    }

    @Test
    void everyEndpointOfAnotherCommuneIsForbiddenAndTheDeadLettersToAnyCommuneAgent() {
        HttpHeaders myAdmin = AgentHeaders.of(mine, Role.COMMUNE_ADMIN);
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pattern().contains("{communeId}") || endpoint.pattern().endsWith("/dead-letters")) {
                assertThat(call(endpoint.method(), endpoint.path(ids(theirs)), myAdmin))
                        .as(endpoint.toString()).isEqualTo(403);
            }
        }
        assertThat(call(HttpMethod.GET, "/api/notifications/dead-letters", AgentHeaders.platformAdmin())).isEqualTo(200);
    }

    @Test
    void anAgentReadsTheTemplatesButOnlyTheCommuneAdministratorChangesThem() {
        String template = "/api/notifications/communes/" + mine + "/templates/CONFIRMATION/SMS";

        assertThat(call(HttpMethod.GET, template, AgentHeaders.of(mine, Role.AGENT))).isEqualTo(200);
        assertThat(call(HttpMethod.PUT, template, AgentHeaders.of(mine, Role.AGENT, Role.SERVICE_MANAGER)))
                .isEqualTo(403);
        assertThat(call(HttpMethod.PUT, template, AgentHeaders.of(mine, Role.COMMUNE_ADMIN))).isEqualTo(200);
    }

    @Test
    void theNoticesOfAnotherCommunesAppointmentAreUnknownHere() {
        String appointmentId = "appointment-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO appointment_view (appointment_id, commune_id, status, start_at, appointment, updated_at)
                        VALUES (:a, :c, 'CONFIRMED', now(), '{}'::jsonb, now())""")
                .param("a", appointmentId).param("c", theirs).update();
        String path = "/api/notifications/communes/%s/appointments/" + appointmentId + "/notices";

        assertThat(call(HttpMethod.GET, path.formatted(mine), AgentHeaders.of(mine))).isEqualTo(404);
        assertThat(call(HttpMethod.GET, path.formatted(theirs), AgentHeaders.of(theirs))).isEqualTo(200);
    }
}
