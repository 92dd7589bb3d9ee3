package fr.creneau.e2e;

import fr.creneau.e2e.AgentEndpoints.Endpoint;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.creneau.launcher.Service;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two communes, each with its administrator, through the gateway. Commune A's administrator calls every agent
 * endpoint of every service with commune B's ids, and is refused each time (403 or 404); B's data is the same after.
 */
@ExtendWith(WholeStack.Injected.class)
class CommunesAreIsolatedTest {

    private static final ZoneId PARIS = FurnishedCommune.PARIS;
    private static final LocalDate MONDAY = FurnishedCommune.MONDAY;

    private static WholeStack whole;
    private static FurnishedCommune a;
    private static FurnishedCommune b;

    @BeforeAll
    static void twoCommunesEachWithItsAdministrator(WholeStack stack) {
        whole = stack;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        a = FurnishedCommune.create(stack, "isolee-a-" + suffix);
        b = FurnishedCommune.create(stack, "isolee-b-" + suffix);
        b.bookAndAwaitItsNotice();
    }

    @Test
    void anAdministratorOfAnotherCommuneIsRefusedEveryAgentEndpointAndChangesNothing() {
        List<Endpoint> endpoints = AgentEndpoints.of(whole.stack);
        assertThat(endpoints).extracting(Endpoint::pattern).contains(
                "/api/planning/communes", "/api/booking/agent/appointments/{appointmentId}/cancellation",
                "/api/notifications/communes/{communeId}/templates/{kind}/{channel}",
                "/api/stats/communes/{communeId}/figures.csv");
        Map<String, String> before = b.snapshot(endpoints);

        SoftAssertions softly = new SoftAssertions();
        List<String> answered = triedWithTheIdsOfB(endpoints, "through the gateway",
                (endpoint, path, body) -> a.admin.call(endpoint.method(), path, body), softly);
        softly.assertThat(b.snapshot(endpoints)).as("commune B after commune A's attempts").isEqualTo(before);
        System.out.println("Isolation between communes through the gateway, " + endpoints.size() + " agent endpoints:");
        answered.forEach(line -> System.out.println("  " + line));
        softly.assertAll();
    }

    /** The same, straight to the services with the identity the gateway signs: they refuse on their own. */
    @Test
    void eachServiceRefusesTheIdsOfAnotherCommuneOnItsOwn() {
        List<Endpoint> endpoints = AgentEndpoints.of(whole.stack);
        Map<String, String> before = b.snapshot(endpoints);
        AgentIdentity adminOfA = new AgentIdentity(UUID.randomUUID().toString(), a.id,
                Set.of(Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT), null, "Administratrice A");

        SoftAssertions softly = new SoftAssertions();
        List<String> answered = triedWithTheIdsOfB(endpoints, "straight to the service",
                (endpoint, path, body) -> ServiceCall.send(whole.stack.url(endpoint.service()) + path, endpoint.method(),
                        body, ServiceCall.signedBy(whole.stack, adminOfA)), softly);
        for (Endpoint endpoint : endpoints) {
            Gateway.Reply anonymous = ServiceCall.send(whole.stack.url(endpoint.service()) + endpoint.path(b.ids),
                    endpoint.method(), body(endpoint, b), Map.of());
            softly.assertThat(anonymous.status()).as(endpoint + " without identity: " + anonymous).isEqualTo(401);
        }
        softly.assertThat(b.snapshot(endpoints)).as("commune B after commune A's attempts").isEqualTo(before);
        System.out.println("Isolation between communes in the services, " + endpoints.size() + " agent endpoints:");
        answered.forEach(line -> System.out.println("  " + line));
        softly.assertAll();
    }

    /**
     * What the issue's probe did: B's appointment asked straight from booking-service with identity headers anyone can
     * write gave the citizen's contact details. Only an identity the gateway signed, with its key and within the
     * minute, is read; the same request signed so is answered, so the refusals are the signature's doing.
     */
    @Test
    void aServiceAnswersOnlyAnIdentityTheGatewaySignedJustNow() {
        String appointment = whole.stack.url(Service.BOOKING) + "/api/booking/agent/appointments/" + b.ids.get("appointmentId");
        AgentIdentity adminOfB = new AgentIdentity(UUID.randomUUID().toString(), b.id,
                Set.of(Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT), null, "Administrateur B");
        Map<String, Map<String, String>> forgeries = new LinkedHashMap<>();
        forgeries.put("the old headers, unsigned", Map.of("X-Creneau-Agent-Account", UUID.randomUUID().toString(),
                "X-Creneau-Agent-Commune", b.id, "X-Creneau-Agent-Roles", "COMMUNE_ADMIN,SERVICE_MANAGER,AGENT"));
        forgeries.put("a token signed with another key", Map.of(IdentityToken.HEADER,
                new IdentityToken("une-clé-qui-n-est-pas-celle-de-cette-installation").sign(adminOfB, Instant.now())));
        forgeries.put("a token the gateway signed two minutes ago", Map.of(IdentityToken.HEADER,
                new IdentityToken(whole.stack.identityKey()).sign(adminOfB, Instant.now().minusSeconds(120))));
        forgeries.put("an unsigned token", Map.of(IdentityToken.HEADER, new PlainJWT(new JWTClaimsSet.Builder()
                .issuer(IdentityToken.ISSUER).audience(IdentityToken.AUDIENCE).subject("x").claim("commune", b.id)
                .claim("roles", List.of("COMMUNE_ADMIN")).build()).serialize()));

        SoftAssertions softly = new SoftAssertions();
        forgeries.forEach((how, headers) -> {
            Gateway.Reply reply = ServiceCall.send(appointment, "GET", null, headers);
            softly.assertThat(reply.status()).as(how + ": " + reply).isEqualTo(401);
            softly.assertThat(reply.contentType()).as(how).startsWith("application/problem+json");
            softly.assertThat(reply.body()).as(how).contains("Authentification requise").doesNotContain("+336");
        });
        Gateway.Reply signed = ServiceCall.send(appointment, "GET", null, ServiceCall.signedBy(whole.stack, adminOfB));
        softly.assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        softly.assertThat(signed.body()).contains("+33611223344");
        softly.assertAll();
    }

    /** An account of A linked to B's planning agent would have its actions recorded under B's agent. */
    @Test
    void anAccountIsLinkedOnlyToAPlanningAgentOfItsOwnCommune() {
        Map<String, Object> account = new HashMap<>(Map.of("username", "lien-" + UUID.randomUUID().toString()
                        .substring(0, 8), "displayName", "Agent lié", "password", "un-mot-de-passe-assez-long",
                "roles", List.of("AGENT"), "agentId", b.ids.get("agentId")));

        Gateway.Reply toB = a.admin.post("/api/accounts/communes/" + a.id + "/accounts", account);
        assertThat(toB.status()).as(toB.toString()).isEqualTo(400);
        assertThat(toB.contentType()).startsWith("application/problem+json");
        assertThat(toB.json().path("errors").get(0).path("field").asText()).isEqualTo("agentId");

        account.put("agentId", a.ids.get("agentId"));
        Gateway.Reply toA = a.admin.post("/api/accounts/communes/" + a.id + "/accounts", account);
        assertThat(toA.status()).as(toA.toString()).isEqualTo(201);
        String accountId = toA.text("accountId");

        Gateway.Reply movedToB = a.admin.put("/api/accounts/communes/" + a.id + "/accounts/" + accountId, Map.of(
                "displayName", "Agent lié", "roles", List.of("AGENT"), "enabled", true, "agentId", b.ids.get("agentId")));
        assertThat(movedToB.status()).as(movedToB.toString()).isEqualTo(400);
        Gateway.Reply accounts = a.admin.get("/api/accounts/communes/" + a.id + "/accounts");
        assertThat(accounts.body()).contains(a.ids.get("agentId")).doesNotContain(b.ids.get("agentId"));
    }

    private interface Caller {
        Gateway.Reply call(Endpoint endpoint, String path, Object body);
    }

    /** Every endpoint with B's commune and ids, then with A's commune and B's ids: 403 or 404 each time. */
    private static List<String> triedWithTheIdsOfB(List<Endpoint> endpoints, String how, Caller caller,
            SoftAssertions softly) {
        List<String> answered = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.pattern().equals("/api/notifications/merge-fields")) {
                continue;
            }
            Gateway.Reply theirIds = caller.call(endpoint, endpoint.path(b.ids), body(endpoint, a));
            answered.add(endpoint + " with B's ids: " + theirIds.status());
            softly.assertThat(theirIds.status()).as(endpoint + " " + how + " with B's ids: " + theirIds).isIn(403, 404);
            softly.assertThat(theirIds.contentType()).as(endpoint.toString()).startsWith("application/problem+json");

            if (endpoint.pattern().contains("{communeId}") && endpoint.namesAnEntity()) {
                Map<String, String> mixed = new HashMap<>(b.ids);
                mixed.put("communeId", a.id);
                Gateway.Reply theirEntity = caller.call(endpoint, endpoint.path(mixed), body(endpoint, a));
                answered.add(endpoint + " in A with B's entity: " + theirEntity.status());
                softly.assertThat(theirEntity.status())
                        .as(endpoint + " " + how + " in A naming B's entity: " + theirEntity).isIn(403, 404);
            }
        }
        return answered;
    }

    @Test
    void noAgentEndpointAnswersWithoutALoggedInAgent() {
        Gateway anonymous = whole.gateway();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : AgentEndpoints.of(whole.stack)) {
            Gateway.Reply reply = anonymous.call(endpoint.method(), endpoint.path(b.ids), body(endpoint, b));

            softly.assertThat(reply.status()).as(endpoint + ": " + reply).isEqualTo(401);
        }
        softly.assertAll();
    }

    /** A body each endpoint would accept in the caller's own commune, so that a refusal is not a 400. */
    private static Object body(Endpoint endpoint, FurnishedCommune caller) {
        if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
            return null;
        }
        if (endpoint.pattern().endsWith("/channels")) {
            return Map.of("CONFIRMATION", List.of("SMS", "EMAIL"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", "intrus-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("name", "Intrus");
        body.put("address", "1 rue de l'Intrus");
        body.put("label", "Intrus");
        body.put("durationMinutes", 20);
        body.put("displayName", "Intrus");
        body.put("placeId", caller.ids.get("placeId"));
        body.put("appointmentTypeIds", List.of(caller.ids.get("appointmentTypeId")));
        body.put("referenceWeekId", caller.ids.get("referenceWeekId"));
        body.put("from", MONDAY.plusWeeks(6).toString());
        body.put("to", MONDAY.plusWeeks(6).toString());
        body.put("date", MONDAY.plusWeeks(6).toString());
        body.put("range", "09h00-10h00");
        body.put("agents", 1);
        body.put("scope", "COMMUNE");
        body.put("days", Map.of("MONDAY", List.of("09h00-10h00")));
        // an agent's absence is in the commune's local time, an appointment's start an instant
        boolean local = endpoint.pattern().contains("/absences");
        body.put("start", local ? MONDAY.plusWeeks(6).atTime(9, 0).toString()
                : MONDAY.plusWeeks(6).atTime(9, 0).atZone(PARIS).toInstant().toString());
        body.put("end", local ? MONDAY.plusWeeks(6).atTime(10, 0).toString()
                : MONDAY.plusWeeks(6).atTime(10, 0).atZone(PARIS).toInstant().toString());
        body.put("reason", "Intrusion");
        body.put("attended", true);
        body.put("agentId", caller.ids.get("agentId"));
        body.put("counterId", caller.ids.get("counterId"));
        body.put("subject", "Objet");
        body.put("body", "Bonjour");
        body.put("emails", List.of("intrus@example.fr"));
        body.put("dailyAgenda", false);
        body.put("delays", List.of("24h"));
        body.put("disabled", List.of());
        body.put("alsaceMoselle", false);
        body.put("retentionMonths", 12);
        body.put("channel", "PHONE");
        body.put("appointment", Map.of("appointmentTypeId", caller.ids.get("appointmentTypeId"),
                "counterId", caller.ids.get("counterId"), "start", body.get("start"), "persons", 1,
                "citizen", Map.of("fullName", "Intrus", "mobile", "+33600000000")));
        return body;
    }
}
