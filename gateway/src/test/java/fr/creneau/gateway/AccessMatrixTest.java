package fr.creneau.gateway;

import fr.creneau.gateway.security.access.AccessRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Every access rule, tried over HTTP by seven callers. In each row the letters are, in order: nobody signed in, the
 * platform administrator, then villeneuve's administrator, service manager and agent, then autreville's
 * administrator, then a partner of villeneuve (a social worker). {@code o} = let through, {@code L} = 401 (or, for a
 * page, the login page), {@code F} = 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends GatewayIntegrationTest {

    enum Caller { NOBODY, PLATFORM_ADMIN, ADMIN, MANAGER, AGENT, OTHER_COMMUNE_ADMIN, PARTNER }

    record Row(HttpMethod method, String path, String expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Row> MATRIX = List.of(
            // citizens: everyone
            row(GET, "/api/booking/communes/villeneuve/portal", "ooooooo"),
            row(GET, "/api/booking/communes/villeneuve/availability", "ooooooo"),
            row(POST, "/api/booking/communes/villeneuve/reservations", "ooooooo"),
            row(POST, "/api/booking/appointments/a1/confirmation", "ooooooo"),
            row(POST, "/api/booking/appointments/a1/code", "ooooooo"),
            row(GET, "/api/booking/manage/a-token", "ooooooo"),
            row(POST, "/api/booking/manage/a-token/cancellation", "ooooooo"),
            row(GET, "/api/booking/calendars/a-token.ics", "ooooooo"),
            row(DELETE, "/api/booking/calendars/a-token.ics", "Loooooo"),
            row(POST, "/api/notifications/twilio/status", "ooooooo"),
            // the ANTS' national site: booking-service checks its token
            row(GET, "/api/booking/ants/getManagedMeetingPoints", "ooooooo"),
            row(POST, "/api/booking/voice/appel", "ooooooo"),
            // off here, as shipped: a 404 for everyone (DevInboxTest tries it on)
            row(GET, "/api/notifications/dev-inbox", "ooooooo"),
            row(GET, "/api/auth/methods", "ooooooo"),
            // any signed-in account
            row(GET, "/api/me", "Loooooo"),
            row(GET, "/api/notifications/merge-fields", "Loooooo"),
            row(GET, "/api/unknown/things", "Loooooo"),
            // the platform administrator
            row(POST, "/api/planning/communes", "LoFFFFF"),
            row(POST, "/api/planning/communes/", "LoFFFFF"),
            row(GET, "/api/notifications/dead-letters", "LoFFFFF"),
            row(GET, "/api/planning/operator/communes", "LoFFFFF"),
            row(PUT, "/api/planning/operator/communes/villeneuve/subscription", "LoFFFFF"),
            row(GET, "/api/notifications/operator/communes/villeneuve/sms-usage", "LoFFFFF"),
            row(GET, "/api/accounts/communes/villeneuve/accounts", "LooFFFF"),
            row(POST, "/api/accounts/communes/villeneuve/accounts", "LooFFFF"),
            row(POST, "/api/booking/imports/communes/villeneuve/appointments", "LooFFFF"),
            row(GET, "/api/planning/imports/communes/villeneuve/runs", "LooFFFF"),
            // a commune's API keys: its administrator only, not even the platform's
            row(GET, "/api/integrations/communes/villeneuve/api-keys", "LFoFFFF"),
            row(POST, "/api/integrations/communes/villeneuve/api-keys", "LFoFFFF"),
            row(DELETE, "/api/integrations/communes/villeneuve/api-keys/k1", "LFoFFFF"),
            row(GET, "/api/integrations/communes/autreville/api-keys", "LFFFFoF"),
            // a commune's colours and logo: read by anyone, changed by its administrator only
            row(GET, "/api/branding/communes/villeneuve", "ooooooo"),
            row(GET, "/api/branding/communes/villeneuve/logo", "ooooooo"),
            row(DELETE, "/api/branding/communes/villeneuve/logo", "LFoFFFF"),
            row(DELETE, "/api/branding/communes/autreville/logo", "LFFFFoF"),
            // a commune's administrator, and for agents' time and closures its service managers
            row(POST, "/api/planning/communes/villeneuve/agents/ag1/availabilities", "LFooFFF"),
            row(POST, "/api/planning/communes/villeneuve/agents/ag1/absences", "LFooFFF"),
            row(DELETE, "/api/planning/communes/villeneuve/agents/ag1/absences/ab1", "LFooFFF"),
            row(POST, "/api/planning/communes/villeneuve/closures", "LFooFFF"),
            row(DELETE, "/api/planning/communes/villeneuve/closures/c1", "LFooFFF"),
            row(PUT, "/api/planning/communes/villeneuve", "LFoFFFF"),
            row(POST, "/api/planning/communes/villeneuve/places", "LFoFFFF"),
            row(PUT, "/api/planning/communes/villeneuve/reference-weeks/w1", "LFoFFFF"),
            row(POST, "/api/planning/communes/villeneuve/counters/c1/schedules", "LFooFFF"),
            row(PUT, "/api/planning/communes/villeneuve/counters/c1", "LFooFFF"),
            row(POST, "/api/planning/communes/villeneuve/appointment-types", "LFooFFF"),
            row(PUT, "/api/planning/communes/villeneuve/agents/ag1", "LFooFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/templates/CONFIRMATION/SMS", "LFoFFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/appointment-types/t1/templates/CONFIRMATION/SMS", "LFoFFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/channels", "LFoFFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/agents", "LFoFFFF"),
            row(DELETE, "/api/notifications/communes/villeneuve/appointment-types/t1/reminders", "LFoFFFF"),
            row(PUT, "/api/booking/agent/communes/villeneuve/ants/settings", "LFoFFFF"),
            row(POST, "/api/notifications/communes/villeneuve/webhooks", "LFoFFFF"),
            row(POST, "/api/notifications/communes/villeneuve/webhooks/w1/deliveries/d1/replay", "LFoFFFF"),
            row(GET, "/api/notifications/communes/villeneuve/webhooks/w1/deliveries", "LFoooFF"),
            // any account of the commune
            row(POST, "/api/notifications/communes/villeneuve/templates/CONFIRMATION/SMS/preview", "LFoooFF"),
            row(POST, "/api/notifications/communes/villeneuve/appointment-types/t1/templates/REMINDER/SMS/preview",
                    "LFoooFF"),
            row(POST, "/api/notifications/communes/villeneuve/notices/n1/retry", "LFoooFF"),
            row(GET, "/api/notifications/communes/villeneuve/templates", "LFoooFF"),
            row(GET, "/api/booking/agent/communes/villeneuve/appointments", "LFoooFF"),
            row(GET, "/api/booking/agent/communes/villeneuve/ants/calls", "LFoooFF"),
            // a partner too: the booking path, the availability it books from, and their own bookings
            row(POST, "/api/booking/agent/communes/villeneuve/appointments", "LFoooFo"),
            row(GET, "/api/booking/agent/communes/villeneuve/availability", "LFoooFo"),
            row(GET, "/api/booking/agent/communes/villeneuve/partner/appointments", "LFoooFo"),
            row(POST, "/api/booking/agent/communes/autreville/appointments", "LFFFFoF"),
            row(POST, "/api/booking/agent/communes/villeneuve/calendar-feed", "LFoooFF"),
            row(DELETE, "/api/booking/agent/communes/autreville/calendar-feed", "LFFFFoF"),
            row(PUT, "/api/booking/agent/communes/villeneuve/voice-line", "LFoFFFF"),
            row(GET, "/api/booking/agent/communes/villeneuve/calendar-feeds", "LFoFFFF"),
            row(DELETE, "/api/booking/agent/communes/villeneuve/calendar-feeds/an-account", "LFoFFFF"),
            row(GET, "/api/booking/agent/communes/villeneuve/calendar-feed", "LFoooFF"),
            row(GET, "/api/planning/communes/villeneuve", "LFoooFF"),
            row(GET, "/api/planning/communes/villeneuve/places", "LFoooFF"),
            row(GET, "/api/stats/communes/villeneuve", "LFoooFF"),
            row(GET, "/api/stats/communes/villeneuve/summary", "LFoooFF"),
            row(GET, "/api/stats/communes/villeneuve/figures.csv", "LFoooFF"),
            row(GET, "/api/booking/communes/villeneuve/day-list", "LFoooFF"),
            // another commune's data, from villeneuve
            row(GET, "/api/planning/communes/autreville/places", "LFFFFoF"),
            row(GET, "/api/accounts/communes/autreville/accounts", "LoFFFoF"),
            row(PUT, "/api/booking/imports/communes/autreville/appointments/i1/parts/0", "LoFFFoF"),
            row(GET, "/api/stats/communes/autreville/summary", "LFFFFoF"),
            // an appointment by id: any account of a commune (its service checks the appointment is theirs)
            row(POST, "/api/booking/agent/appointments/a1/attendance", "LFooooF"),
            // pages
            row(GET, "/agent/connexion", "ooooooo"),
            row(GET, "/agent/assets/agent.js", "ooooooo"),
            row(GET, "/agent/page-de-test", "Loooooo"),
            row(GET, "/agent/admin/page-de-test", "Loooooo"),
            row(GET, "/c/villeneuve", "ooooooo"));

    // covered by LoginTest: they change the caller's session
    static final Set<String> SIGNING_IN_AND_OUT = Set.of("/api/auth/login", "/api/auth/logout");

    private static final String PASSWORD = "mot-de-passe-du-test";
    private final Map<Caller, AgentSession> sessions = new EnumMap<>(Caller.class);

    @Autowired
    AccessRules rules;

    @BeforeAll
    void signInEveryCaller() {
        AgentSession admin = admin();
        sessions.put(Caller.PLATFORM_ADMIN, admin);
        sessions.put(Caller.ADMIN, signIn(admin.createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD));
        sessions.put(Caller.MANAGER, signIn(admin.createAccount("villeneuve", PASSWORD, "SERVICE_MANAGER"), PASSWORD));
        sessions.put(Caller.AGENT, signIn(admin.createAccount("villeneuve", PASSWORD, "AGENT"), PASSWORD));
        sessions.put(Caller.OTHER_COMMUNE_ADMIN,
                signIn(admin.createAccount("autreville", PASSWORD, "COMMUNE_ADMIN"), PASSWORD));
        sessions.put(Caller.PARTNER, signIn(admin.createPartner("villeneuve", PASSWORD, "travailleur-social"), PASSWORD));
    }

    @BeforeEach
    void servicesAnswer() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
    }

    static Stream<Arguments> everyRowForEveryCaller() {
        return MATRIX.stream().flatMap(row -> Stream.of(Caller.values())
                .map(caller -> Arguments.of(row, caller, row.expected().charAt(caller.ordinal()))));
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("everyRowForEveryCaller")
    void eachCallerGetsWhatTheMatrixSays(Row row, Caller caller, char expected) {
        EntityExchangeResult<String> result = send(row, caller).expectBody(String.class).returnResult();
        int status = result.getStatus().value();
        String location = String.valueOf(result.getResponseHeaders().getLocation());
        switch (expected) {
            case 'o' -> assertThat(status).as(result.toString()).isNotIn(302, 401, 403).isLessThan(500);
            case 'F' -> {
                assertThat(status).as(result.toString()).isEqualTo(403);
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
            case 'L' -> {
                if (row.path().startsWith("/agent/")) {
                    assertThat(status).as(result.toString()).isEqualTo(302);
                    assertThat(location).startsWith("/agent/connexion?retour=");
                } else {
                    assertThat(status).as(result.toString()).isEqualTo(401);
                    assertThat(result.getResponseHeaders().getContentType())
                            .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                }
            }
            default -> throw new IllegalArgumentException("unknown expectation " + expected);
        }
    }

    @Test
    void theMatrixTriesEveryRuleOfTheGateway() {
        Set<String> tried = MATRIX.stream().map(row -> rules.decide(row.method(), row.path()).pattern())
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> untried = AccessRules.patterns().stream()
                .filter(rule -> !tried.contains(rule))
                .filter(rule -> SIGNING_IN_AND_OUT.stream().noneMatch(rule::endsWith))
                .collect(Collectors.toSet());

        assertThat(untried).as("rules without a row in the matrix").isEmpty();
    }

    @Test
    void aRefusalForAnotherCommuneSaysSoInFrench() {
        sessions.get(Caller.ADMIN).get("/api/planning/communes/autreville/places")
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Accès refusé")
                .jsonPath("$.detail").isEqualTo("Votre compte ne donne pas accès aux données de la commune « autreville ».");
    }

    @Test
    void aRefusalForARoleSaysWhichRoleIsNeeded() {
        sessions.get(Caller.AGENT).put("/api/planning/communes/villeneuve/places/p1", Map.of("name", "Mairie"))
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Seul un administrateur de la commune peut faire cela.");
    }

    @Test
    void aPartnerRefusedTheCommunesAgendaIsToldWhatTheirAccountIsFor() {
        sessions.get(Caller.PARTNER).get("/api/booking/agent/communes/villeneuve/appointments?from=2026-12-01&to=2026-12-02")
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Un compte partenaire ne sert qu'à prendre et suivre les rendez-vous "
                        + "de ses bénéficiaires.");
    }

    private WebTestClient.ResponseSpec send(Row row, Caller caller) {
        boolean write = row.method() != GET;
        if (caller == Caller.NOBODY) {
            WebTestClient.RequestBodySpec request = web.method(row.method()).uri(row.path());
            return write ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange() : request.exchange();
        }
        return sessions.get(caller).request(row.method(), row.path(), write ? Map.of() : null);
    }

    private static Row row(HttpMethod method, String path, String expected) {
        return new Row(method, path, expected);
    }
}
