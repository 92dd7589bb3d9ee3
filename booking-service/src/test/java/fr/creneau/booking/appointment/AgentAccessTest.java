package fr.creneau.booking.appointment;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentEndpoints.Endpoint;
import fr.creneau.testsupport.AgentEndpoints;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.support.BookingClient.awaitEvent;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/** An agent reaches only the appointments of their own commune; another commune's are unknown to them. */
class AgentAccessTest extends BookingIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final PlanningFeed mine = new PlanningFeed();
    private final PlanningFeed theirs = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(5);
    private String theirAppointment;

    @BeforeEach
    void twoCommunesWithAnAppointmentInTheirs() {
        for (PlanningFeed feed : List.of(mine, theirs)) {
            feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
            feed.deliver(planningEvents, feed.opening(day, 2, Instant.now()));
        }
        theirAppointment = new BookingClient(http, theirs).bookByPhone(nineOn(day));
    }

    private ResponseEntity<JsonNode> call(Endpoint endpoint, Map<String, String> ids, HttpHeaders identity) {
        Map<String, Object> body = Map.of("reason", "Essai", "attended", true, "agentId", "agent-1",
                "counterId", theirs.counterId, "start", nineOn(day.plusDays(1)).toString());
        return http.exchange(endpoint.path(ids), endpoint.method(),
                new HttpEntity<>(endpoint.method() == HttpMethod.GET ? null : body, identity), JsonNode.class);
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = AgentEndpoints.under(mapping, "/api/booking/agent/");
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(9);
        return endpoints;
    }

    @Test
    void everyAgentEndpointAnswersUnauthorizedWithoutAnAgent() {
        for (Endpoint endpoint : endpoints()) {
            ResponseEntity<JsonNode> response = call(endpoint,
                    Map.of("communeId", theirs.communeId, "appointmentId", theirAppointment), new HttpHeaders());

            assertThat(response.getStatusCode().value()).as(endpoint.toString()).isEqualTo(401);
            assertThat(response.getBody().get("title").asText()).isEqualTo("Authentification requise");
        }
    }

    @Test
    void identityHeadersForgedByWhoeverReachesTheServiceGetNothing() {
        HttpHeaders forged = new HttpHeaders();
        forged.set("X-Creneau-Agent-Account", "00000000-0000-0000-0000-000000000000");
        forged.set("X-Creneau-Agent-Commune", theirs.communeId);
        forged.set("X-Creneau-Agent-Roles", "COMMUNE_ADMIN,SERVICE_MANAGER,AGENT");

        ResponseEntity<JsonNode> response = http.exchange("/api/booking/agent/appointments/" + theirAppointment,
                HttpMethod.GET, new HttpEntity<>(forged), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("title").asText()).isEqualTo("Authentification requise");
        assertThat(response.getBody().toString()).doesNotContain("+33");
    }

    @Test
    void anIdentityTokenTheGatewayDidNotSignNowIsRefused() {
        AgentIdentity theirAdmin = AgentHeaders.identity(theirs.communeId, Role.COMMUNE_ADMIN);
        Instant now = Instant.now();
        Map<String, String> tokens = Map.of(
                "signed with another key", new IdentityToken("pas-la-clé-de-la-passerelle-mais-assez-longue")
                        .sign(theirAdmin, now),
                "signed two minutes ago", new IdentityToken(AgentHeaders.KEY).sign(theirAdmin, now.minusSeconds(120)),
                "not signed", new PlainJWT(new JWTClaimsSet.Builder().issuer(IdentityToken.ISSUER)
                        .audience(IdentityToken.AUDIENCE).subject("x").claim("commune", theirs.communeId)
                        .claim("roles", List.of("COMMUNE_ADMIN")).build()).serialize());

        tokens.forEach((how, token) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set(IdentityToken.HEADER, token);
            ResponseEntity<JsonNode> response = http.exchange("/api/booking/agent/appointments/" + theirAppointment,
                    HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);

            assertThat(response.getStatusCode().value()).as(how).isEqualTo(401);
            assertThat(response.getHeaders().getContentType()).as(how).hasToString("application/problem+json");
            assertThat(response.getBody().get("detail").asText()).as(how).containsAnyOf("pas signée", "a expiré");
        });
    }

    @Test
    void everyAgentEndpointRefusesTheIdsOfAnotherCommuneAndChangesNothingThere() {
        HttpHeaders myAdmin = AgentHeaders.of(mine.communeId, Role.COMMUNE_ADMIN);
        for (Endpoint endpoint : endpoints()) {
            ResponseEntity<JsonNode> response = call(endpoint,
                    Map.of("communeId", theirs.communeId, "appointmentId", theirAppointment), myAdmin);

            // the operator's switch of the voice server is the platform administrator's alone: a 403 for any commune
            boolean refusedToCommunes = endpoint.pattern().contains("{communeId}")
                    || endpoint.pattern().startsWith("/api/booking/agent/voice-offers/");
            assertThat(response.getStatusCode().value()).as(endpoint.toString()).isEqualTo(refusedToCommunes ? 403 : 404);
        }

        JsonNode theirView = new BookingClient(http, theirs).get("/api/booking/agent/appointments/" + theirAppointment);
        assertThat(theirView.get("appointment").get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(theirView.get("appointment").get("start").asText()).isEqualTo(nineOn(day).toString());
        assertThat(theirView.path("appointment").path("agentId").textValue()).isNull();
    }

    @Test
    void anAppointmentOfAnotherCommuneIsAnsweredExactlyLikeAnUnknownOne() {
        HttpHeaders myAgent = AgentHeaders.of(mine.communeId, Role.AGENT);

        ResponseEntity<JsonNode> theirs = http.exchange("/api/booking/agent/appointments/" + theirAppointment,
                HttpMethod.GET, new HttpEntity<>(myAgent), JsonNode.class);
        ResponseEntity<JsonNode> unknown = http.exchange("/api/booking/agent/appointments/no-such-appointment",
                HttpMethod.GET, new HttpEntity<>(myAgent), JsonNode.class);

        assertThat(theirs.getStatusCode().value()).isEqualTo(404);
        assertThat(theirs.getBody().get("detail")).isEqualTo(unknown.getBody().get("detail"));
    }

    @Test
    void anAgentOfAnotherCommuneCannotBeGivenAnAppointmentHere() {
        theirs.deliver(planningEvents, theirs.agent("their-agent"));
        BookingClient client = new BookingClient(http, mine);
        String appointmentId = client.bookByPhone(nineOn(day));

        ResponseEntity<JsonNode> assigned = client.post(
                "/api/booking/agent/appointments/%s/assignment".formatted(appointmentId), Map.of("agentId", "their-agent"));
        ResponseEntity<JsonNode> booked = client.post("/api/booking/agent/communes/%s/appointments".formatted(mine.communeId),
                Map.of("appointment", Map.of("appointmentTypeId", mine.typeId, "counterId", mine.counterId,
                                "start", nineOn(day).plusSeconds(1200).toString(), "persons", 1,
                                "citizen", Map.of("fullName", "Paul Durand", "mobile", "+33699887766")),
                        "channel", "DESK", "assignedAgentId", "their-agent"));

        assertThat(assigned.getStatusCode().value()).isEqualTo(404);
        assertThat(booked.getStatusCode().value()).isEqualTo(404);
        assertThat(client.get("/api/booking/agent/appointments/" + appointmentId).path("appointment").path("agentId")
                .textValue()).isNull();
    }

    @Test
    void theAgentIsNoParameterOfTheOpenApiDocument() {
        String document = http.getForObject("/v3/api-docs", String.class);

        assertThat(document).contains("/api/booking/agent/appointments/{appointmentId}/cancellation")
                .doesNotContain("\"name\":\"agent\"", "AgentIdentity");
    }

    @Test
    void theAgentRecordedForACancellationIsTheOneLoggedInNotOneNamedInTheBody() {
        BookingClient client = new BookingClient(http, mine).asAgent("agent-9");
        String appointmentId = client.bookByPhone(nineOn(day));

        client.post("/api/booking/agent/appointments/%s/cancellation".formatted(appointmentId),
                Map.of("agentId", "someone-else", "reason", "Erreur de saisie"));

        assertThat(awaitEvent("AppointmentCancelled.v1", appointmentId).get("agentId").asText()).isEqualTo("agent-9");
    }
}
