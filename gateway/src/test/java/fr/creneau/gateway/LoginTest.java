package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class LoginTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "un-mot-de-passe-solide";

    @Test
    void anAgentLogsInWithTheirPasswordAndGetsTheirIdentityAndAHttpOnlySessionCookie() {
        String username = admin().createAccount("villeneuve", PASSWORD, "SERVICE_MANAGER", "AGENT");

        EntityExchangeResult<byte[]> result = login(username, PASSWORD)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo(username)
                .jsonPath("$.displayName").isEqualTo("Agent " + username)
                .jsonPath("$.communeId").isEqualTo("villeneuve")
                .jsonPath("$.roles").value(roles -> assertThat((List<String>) roles)
                        .containsExactlyInAnyOrder("SERVICE_MANAGER", "AGENT"))
                .jsonPath("$.accountId").isNotEmpty()
                .jsonPath("$.agentId").doesNotExist()
                .returnResult();

        ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        ResponseCookie xsrf = lastCookie(result, "XSRF-TOKEN");
        assertThat(xsrf.isHttpOnly()).as("the pages read the CSRF token from JavaScript").isFalse();
        assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void meTellsWhoIsSignedIn() {
        AgentSession admin = admin();

        admin.get("/api/me").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("admin")
                .jsonPath("$.roles[0]").isEqualTo("PLATFORM_ADMIN")
                .jsonPath("$.communeId").doesNotExist();
    }

    @Test
    void meWithoutASessionIsA401ProblemInFrench() {
        web.get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Connexion requise")
                .jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void credentialsLongerThanAnyAccountCanHaveAreA400BeforeAnyHashing() {
        for (Map<String, String> credentials : List.of(Map.of("username", "a".repeat(101), "password", PASSWORD),
                Map.of("username", "admin", "password", "é".repeat(37)))) {
            web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(credentials).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail")
                    .isEqualTo("L'identifiant compte 100 caractères au plus, et le mot de passe 72 octets au plus.");
        }
    }

    @Test
    void aWrongPasswordIsA401ProblemInFrench() {
        String username = admin().createAccount("villeneuve", PASSWORD, "AGENT");

        login(username, "pas-le-bon-mot-de-passe")
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectCookie().doesNotExist("SESSION")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Connexion refusée")
                .jsonPath("$.detail").isEqualTo("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void anUnknownUsernameGetsExactlyTheSameAnswerAsAWrongPassword() {
        login("personne-de-ce-nom", PASSWORD)
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightPassword() {
        String username = admin().createAccount("villeneuve", PASSWORD, "AGENT");
        for (int i = 0; i < 5; i++) {
            login(username, "mauvais-" + i).expectStatus().isUnauthorized();
        }

        login(username, PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Trop de tentatives")
                .jsonPath("$.detail").value(containsString("15 minutes"));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        String username = admin().createAccount("villeneuve", PASSWORD, "AGENT");
        for (int i = 0; i < 4; i++) {
            login(username, "mauvais-" + i).expectStatus().isUnauthorized();
        }
        login(username, PASSWORD).expectStatus().isOk();

        login(username, "mauvais").expectStatus().isUnauthorized();
        login(username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionEndsAtOnce() {
        AgentSession admin = admin();
        String username = admin.createAccount("villeneuve", PASSWORD, "AGENT");
        AgentSession agent = signIn(username, PASSWORD);
        String accountId = agent.get("/api/me").expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("accountId").toString();

        admin.put("/api/accounts/communes/villeneuve/accounts/" + accountId, Map.of("displayName", "Parti",
                "roles", List.of("AGENT"), "enabled", false)).expectStatus().isOk();

        agent.get("/api/me").expectStatus().isUnauthorized();
        login(username, PASSWORD).expectStatus().isUnauthorized();
    }

    @Test
    void loggingInGivesANewSessionIdSoAPlantedOneIsWorthless() {
        String planted = "a-planted-session-id";

        EntityExchangeResult<byte[]> result = web.post().uri("/api/auth/login").cookie("SESSION", planted)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("username", "admin", "password", "creneau-admin"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(AgentSession.cookie(result, "SESSION")).isNotEqualTo(planted);
        web.get().uri("/api/me").cookie("SESSION", planted).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void logoutEndsTheSession() {
        AgentSession admin = admin();

        admin.post("/api/auth/logout", null).expectStatus().isNoContent();

        admin.get("/api/me").expectStatus().isUnauthorized();
    }

    @Test
    void aWriteWithTheSessionCookieButWithoutTheCsrfHeaderIsRefused() {
        AgentSession admin = admin();

        web.post().uri("/api/accounts/communes/villeneuve/accounts").cookie("SESSION", admin.sessionCookie())
                .cookie("XSRF-TOKEN", admin.xsrfToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "sans-jeton", "displayName", "Sans jeton", "password", PASSWORD,
                        "roles", List.of("AGENT")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Jeton de sécurité manquant ou invalide");

        web.post().uri("/api/auth/logout").cookie("SESSION", admin.sessionCookie()).exchange()
                .expectStatus().isForbidden();
        admin.get("/api/me").expectStatus().isOk();
    }

    @Test
    void aWriteWithAWrongCsrfHeaderIsRefused() {
        AgentSession admin = admin();

        web.post().uri("/api/planning/communes").cookie("SESSION", admin.sessionCookie())
                .cookie("XSRF-TOKEN", admin.xsrfToken()).header("X-XSRF-TOKEN", "un-autre-jeton")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("slug", "x"))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void citizensWritesNeedNoCsrfToken() {
        Downstream.SERVICES.stubFor(any(urlPathMatching("/api/booking/.*")).willReturn(aResponse().withStatus(201)));
        AgentSession admin = admin();

        // even from a browser where an agent is signed in
        web.post().uri("/api/booking/communes/villeneuve/reservations").cookie("SESSION", admin.sessionCookie())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("persons", 1))
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    void aLoginThatIsNotJsonIsRefused() {
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=admin&password=creneau-admin")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Format de requête non pris en charge");
    }

    @Test
    void anUnreadableLoginIsA400ProblemInFrench() {
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue("{pas du json")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Requête invalide");
    }

    private WebTestClient.ResponseSpec login(String username, String password) {
        return web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }

    private static ResponseCookie lastCookie(EntityExchangeResult<?> result, String name) {
        List<ResponseCookie> cookies = result.getResponseCookies().get(name);
        assertThat(cookies).isNotEmpty();
        return cookies.get(cookies.size() - 1);
    }
}
