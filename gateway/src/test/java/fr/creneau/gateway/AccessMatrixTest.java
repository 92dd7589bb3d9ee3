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
 * Every access rule, tried over HTTP by six callers. In each row the letters are, in order: nobody signed in, the
 * platform administrator, then villeneuve's administrator, service manager and agent, then autreville's
 * administrator. {@code o} = let through, {@code L} = 401 (or, for a page, the login page), {@code F} = 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends GatewayIntegrationTest {

    enum Caller { NOBODY, PLATFORM_ADMIN, ADMIN, MANAGER, AGENT, OTHER_COMMUNE_ADMIN }

    record Row(HttpMethod method, String path, String expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Row> MATRIX = List.of(
            // citizens: everyone
            row(GET, "/api/booking/communes/villeneuve/portal", "oooooo"),
            row(GET, "/api/booking/communes/villeneuve/availability", "oooooo"),
            row(POST, "/api/booking/communes/villeneuve/reservations", "oooooo"),
            row(POST, "/api/booking/appointments/a1/confirmation", "oooooo"),
            row(POST, "/api/booking/appointments/a1/code", "oooooo"),
            row(GET, "/api/booking/manage/a-token", "oooooo"),
            row(POST, "/api/booking/manage/a-token/cancellation", "oooooo"),
            row(GET, "/api/booking/calendars/a-token.ics", "oooooo"),
            row(DELETE, "/api/booking/calendars/a-token.ics", "Looooo"),
            row(POST, "/api/notifications/twilio/status", "oooooo"),
            // the ANTS' national site: booking-service checks its token
            row(GET, "/api/booking/ants/getManagedMeetingPoints", "oooooo"),
            row(POST, "/api/booking/voice/appel", "oooooo"),
            // off here, as shipped: a 404 for everyone (DevInboxTest tries it on)
            row(GET, "/api/notifications/dev-inbox", "oooooo"),
            row(GET, "/api/auth/methods", "oooooo"),
            // any signed-in account
            row(GET, "/api/me", "Looooo"),
            row(GET, "/api/notifications/merge-fields", "Looooo"),
            row(GET, "/api/unknown/things", "Looooo"),
            // the platform administrator
            row(POST, "/api/planning/communes", "LoFFFF"),
            row(POST, "/api/planning/communes/", "LoFFFF"),
            row(GET, "/api/notifications/dead-letters", "LoFFFF"),
            row(GET, "/api/planning/operator/communes", "LoFFFF"),
            row(PUT, "/api/planning/operator/communes/villeneuve/subscription", "LoFFFF"),
            row(GET, "/api/notifications/operator/communes/villeneuve/sms-usage", "LoFFFF"),
            row(GET, "/api/accounts/communes/villeneuve/accounts", "LooFFF"),
            row(POST, "/api/accounts/communes/villeneuve/accounts", "LooFFF"),
            row(POST, "/api/booking/imports/communes/villeneuve/appointments", "LooFFF"),
            row(GET, "/api/planning/imports/communes/villeneuve/runs", "LooFFF"),
            // a commune's API keys: its administrator only, not even the platform's
            row(GET, "/api/integrations/communes/villeneuve/api-keys", "LFoFFF"),
            row(POST, "/api/integrations/communes/villeneuve/api-keys", "LFoFFF"),
            row(DELETE, "/api/integrations/communes/villeneuve/api-keys/k1", "LFoFFF"),
            row(GET, "/api/integrations/communes/autreville/api-keys", "LFFFFo"),
            // a commune's colours and logo: read by anyone, changed by its administrator only
            row(GET, "/api/branding/communes/villeneuve", "oooooo"),
            row(GET, "/api/branding/communes/villeneuve/logo", "oooooo"),
            row(DELETE, "/api/branding/communes/villeneuve/logo", "LFoFFF"),
            row(DELETE, "/api/branding/communes/autreville/logo", "LFFFFo"),
            // a commune's administrator, and for agents' time and closures its service managers
            row(POST, "/api/planning/communes/villeneuve/agents/ag1/availabilities", "LFooFF"),
            row(POST, "/api/planning/communes/villeneuve/agents/ag1/absences", "LFooFF"),
            row(DELETE, "/api/planning/communes/villeneuve/agents/ag1/absences/ab1", "LFooFF"),
            row(POST, "/api/planning/communes/villeneuve/closures", "LFooFF"),
            row(DELETE, "/api/planning/communes/villeneuve/closures/c1", "LFooFF"),
            row(PUT, "/api/planning/communes/villeneuve", "LFoFFF"),
            row(POST, "/api/planning/communes/villeneuve/places", "LFoFFF"),
            row(PUT, "/api/planning/communes/villeneuve/reference-weeks/w1", "LFoFFF"),
            row(POST, "/api/planning/communes/villeneuve/counters/c1/schedules", "LFoFFF"),
            row(PUT, "/api/planning/communes/villeneuve/agents/ag1", "LFoFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/templates/CONFIRMATION/SMS", "LFoFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/appointment-types/t1/templates/CONFIRMATION/SMS", "LFoFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/channels", "LFoFFF"),
            row(PUT, "/api/notifications/communes/villeneuve/agents", "LFoFFF"),
            row(DELETE, "/api/notifications/communes/villeneuve/appointment-types/t1/reminders", "LFoFFF"),
            row(PUT, "/api/booking/agent/communes/villeneuve/ants/settings", "LFoFFF"),
            row(POST, "/api/notifications/communes/villeneuve/webhooks", "LFoFFF"),
            row(POST, "/api/notifications/communes/villeneuve/webhooks/w1/deliveries/d1/replay", "LFoFFF"),
            row(GET, "/api/notifications/communes/villeneuve/webhooks/w1/deliveries", "LFoooF"),
            // any account of the commune
            row(POST, "/api/notifications/communes/villeneuve/templates/CONFIRMATION/SMS/preview", "LFoooF"),
            row(POST, "/api/notifications/communes/villeneuve/appointment-types/t1/templates/REMINDER/SMS/preview",
                    "LFoooF"),
            row(POST, "/api/notifications/communes/villeneuve/notices/n1/retry", "LFoooF"),
            row(GET, "/api/notifications/communes/villeneuve/templates", "LFoooF"),
            row(GET, "/api/booking/agent/communes/villeneuve/appointments", "LFoooF"),
            row(GET, "/api/booking/agent/communes/villeneuve/ants/calls", "LFoooF"),
            row(POST, "/api/booking/agent/communes/villeneuve/appointments", "LFoooF"),
            row(POST, "/api/booking/agent/communes/villeneuve/calendar-feed", "LFoooF"),
            row(DELETE, "/api/booking/agent/communes/autreville/calendar-feed", "LFFFFo"),
            row(PUT, "/api/booking/agent/communes/villeneuve/voice-line", "LFoFFF"),
            row(GET, "/api/planning/communes/villeneuve", "LFoooF"),
            row(GET, "/api/planning/communes/villeneuve/places", "LFoooF"),
            row(GET, "/api/stats/communes/villeneuve", "LFoooF"),
            row(GET, "/api/stats/communes/villeneuve/summary", "LFoooF"),
            row(GET, "/api/stats/communes/villeneuve/figures.csv", "LFoooF"),
            row(GET, "/api/booking/communes/villeneuve/day-list", "LFoooF"),
            // another commune's data, from villeneuve
            row(GET, "/api/planning/communes/autreville/places", "LFFFFo"),
            row(GET, "/api/accounts/communes/autreville/accounts", "LoFFFo"),
            row(PUT, "/api/booking/imports/communes/autreville/appointments/i1/parts/0", "LoFFFo"),
            row(GET, "/api/stats/communes/autreville/summary", "LFFFFo"),
            // an appointment by id: any account of a commune (its service checks the appointment is theirs)
            row(POST, "/api/booking/agent/appointments/a1/attendance", "LFoooo"),
            // pages
            row(GET, "/agent/connexion", "oooooo"),
            row(GET, "/agent/assets/agent.js", "oooooo"),
            row(GET, "/agent/page-de-test", "Looooo"),
            row(GET, "/agent/admin/page-de-test", "Looooo"),
            row(GET, "/c/villeneuve", "oooooo"));

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
