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
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
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

    private ServiceResponse call(Endpoint endpoint, Map<String, String> ids, HttpHeaders identity) {
        Map<String, Object> body = Map.of("reason", "Essai", "attended", true, "agentId", "agent-1",
                "counterId", theirs.counterId, "start", nineOn(day.plusDays(1)).toString());
        RestClient.RequestBodySpec request = http.as(identity).rest().method(endpoint.method()).uri(endpoint.path(ids));
        return ServiceClient.exchange(endpoint.method() == HttpMethod.GET ? request
                : request.contentType(MediaType.APPLICATION_JSON).body(body));
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = AgentEndpoints.under(mapping, "/api/booking/agent/");
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(9);
        return endpoints;
    }

    @Test
    void everyAgentEndpointAnswersUnauthorizedWithoutAnAgent() {
        for (Endpoint endpoint : endpoints()) {
            ServiceResponse response = call(endpoint,
                    Map.of("communeId", theirs.communeId, "appointmentId", theirAppointment), new HttpHeaders());

            assertThat(response.status()).as(endpoint.toString()).isEqualTo(401);
            assertThat(response.body().get("title").asText()).isEqualTo("Authentification requise");
        }
    }

    @Test
    void identityHeadersForgedByWhoeverReachesTheServiceGetNothing() {
        HttpHeaders forged = new HttpHeaders();
        forged.set("X-Creneau-Agent-Account", "00000000-0000-0000-0000-000000000000");
        forged.set("X-Creneau-Agent-Commune", theirs.communeId);
        forged.set("X-Creneau-Agent-Roles", "COMMUNE_ADMIN,SERVICE_MANAGER,AGENT");

        ServiceResponse response = http.as(forged).get("/api/booking/agent/appointments/" + theirAppointment);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).hasToString("application/problem+json");
        assertThat(response.body().get("title").asText()).isEqualTo("Authentification requise");
        assertThat(response.body().toString()).doesNotContain("+33");
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
            ServiceResponse response = http.as(headers).get("/api/booking/agent/appointments/" + theirAppointment);

            assertThat(response.status()).as(how).isEqualTo(401);
            assertThat(response.contentType()).as(how).hasToString("application/problem+json");
            assertThat(response.body().get("detail").asText()).as(how).containsAnyOf("pas signée", "a expiré");
        });
    }

    @Test
    void everyAgentEndpointRefusesTheIdsOfAnotherCommuneAndChangesNothingThere() {
        HttpHeaders myAdmin = AgentHeaders.of(mine.communeId, Role.COMMUNE_ADMIN);
        for (Endpoint endpoint : endpoints()) {
            ServiceResponse response = call(endpoint,
                    Map.of("communeId", theirs.communeId, "appointmentId", theirAppointment), myAdmin);

            assertThat(response.status()).as(endpoint.toString())
                    .isEqualTo(endpoint.pattern().contains("{communeId}") ? 403 : 404);
        }

        JsonNode theirView = new BookingClient(http, theirs).get("/api/booking/agent/appointments/" + theirAppointment);
        assertThat(theirView.get("appointment").get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(theirView.get("appointment").get("start").asText()).isEqualTo(nineOn(day).toString());
        assertThat(theirView.path("appointment").path("agentId").textValue()).isNull();
    }

    @Test
    void anAppointmentOfAnotherCommuneIsAnsweredExactlyLikeAnUnknownOne() {
        HttpHeaders myAgent = AgentHeaders.of(mine.communeId, Role.AGENT);

        ServiceResponse theirs = http.as(myAgent).get("/api/booking/agent/appointments/" + theirAppointment);
        ServiceResponse unknown = http.as(myAgent).get("/api/booking/agent/appointments/no-such-appointment");

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.body().get("detail")).isEqualTo(unknown.body().get("detail"));
    }

    @Test
    void anAgentOfAnotherCommuneCannotBeGivenAnAppointmentHere() {
        theirs.deliver(planningEvents, theirs.agent("their-agent"));
        BookingClient client = new BookingClient(http, mine);
        String appointmentId = client.bookByPhone(nineOn(day));

        ServiceResponse assigned = client.post(
                "/api/booking/agent/appointments/%s/assignment".formatted(appointmentId), Map.of("agentId", "their-agent"));
        ServiceResponse booked = client.post("/api/booking/agent/communes/%s/appointments".formatted(mine.communeId),
                Map.of("appointment", Map.of("appointmentTypeId", mine.typeId, "counterId", mine.counterId,
                                "start", nineOn(day).plusSeconds(1200).toString(), "persons", 1,
                                "citizen", Map.of("fullName", "Paul Durand", "mobile", "+33699887766")),
                        "channel", "DESK", "assignedAgentId", "their-agent"));

        assertThat(assigned.status()).isEqualTo(404);
        assertThat(booked.status()).isEqualTo(404);
        assertThat(client.get("/api/booking/agent/appointments/" + appointmentId).path("appointment").path("agentId")
                .textValue()).isNull();
    }

    @Test
    void theAgentIsNoParameterOfTheOpenApiDocument() {
        String document = http.get("/v3/api-docs").bodyAsString();

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
