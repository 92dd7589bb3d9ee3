package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

/**
 * The gateway's own endpoints read JSON as strictly as the services, and say what is wrong in French, naming the
 * field: a key twice, a NUL character (PostgreSQL refuses it), a null in a list, a number where a boolean is.
 */
class StrictJsonTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

    @Test
    void aLoginWithAKeyTwiceIsA400NamingIt() {
        refused(login("{\"username\":\"jeanne\",\"password\":\"x\",\"username\":\"marie\"}"),
                "La clé « username » apparaît deux fois dans le même objet JSON.");
    }

    @Test
    void aLoginWithANulCharacterIsA400() {
        refused(login("{\"username\":\"jea\\u0000nne\",\"password\":\"x\"}"),
                "Le champ « username » contient le caractère nul (U+0000), qui n'est pas accepté.");
    }

    @Test
    void aLoginWithANumberForAUsernameIsA400() {
        refused(login("{\"username\":123,\"password\":\"x\"}"), "Le champ « username » attend un texte entre guillemets.");
    }

    @Test
    void malformedJsonSaysWhere() {
        refused(login("{\"username\":"), "Le corps de la requête n'est pas un JSON valide (ligne 1, colonne 13).");
    }

    @Test
    void anAccountWithANullRoleIsA400() {
        refused(write(admin(), "POST", "/api/accounts/communes/villeneuve/accounts", "{\"username\":\"nul.role\","
                + "\"displayName\":\"Nul\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"AGENT\",null]}"),
                "Le champ « roles[1] » ne peut pas contenir null.");
    }

    @Test
    void anAccountEnabledWithANumberIsA400() {
        AgentSession admin = admin();
        Object id = admin.post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "active.nombre",
                        "displayName", "Agent", "password", PASSWORD, "roles", List.of("AGENT")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("accountId");

        refused(write(admin, "PUT", "/api/accounts/communes/villeneuve/accounts/" + id,
                "{\"displayName\":\"Agent\",\"roles\":[\"AGENT\"],\"enabled\":2}"), "Le champ « enabled » attend true ou false.");
    }

    private WebTestClient.ResponseSpec login(String json) {
        return web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec write(AgentSession agent, String method, String path, String json) {
        return web.method(HttpMethod.valueOf(method)).uri(path)
                .cookie("SESSION", agent.sessionCookie()).cookie("XSRF-TOKEN", agent.xsrfToken())
                .header("X-XSRF-TOKEN", agent.xsrfToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static void refused(WebTestClient.ResponseSpec response, String detail) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.detail").isEqualTo(detail);
    }
}
