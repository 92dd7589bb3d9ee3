package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

class AccountsApiTest extends GatewayTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

    @Test
    void thePlatformAdministratorCreatesACommunesFirstAdministratorWhoThenSignsIn() {
        admin().post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "maire.villeneuve",
                        "displayName", "Marie Dupont", "email", "marie@villeneuve.fr", "password", PASSWORD,
                        "roles", List.of("COMMUNE_ADMIN")))
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> location.startsWith(
                        "/api/accounts/communes/villeneuve/accounts/"))
                .expectBody()
                .jsonPath("$.username").isEqualTo("maire.villeneuve")
                .jsonPath("$.communeId").isEqualTo("villeneuve")
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.password").doesNotExist()
                .jsonPath("$.passwordHash").doesNotExist();

        signIn("maire.villeneuve", PASSWORD).get("/api/accounts/communes/villeneuve/accounts")
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(hasItem("maire.villeneuve"));
    }

    @Test
    void anAccountThatBreaksTheRulesIsRefusedFieldByFieldInFrench() {
        admin().post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "x", "displayName", " ",
                        "password", "court", "roles", List.of("PLATFORM_ADMIN"), "email", "pas-une-adresse"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(
                        (List<String>) fields).containsExactlyInAnyOrder("username", "displayName", "email", "password",
                        "roles"));
    }

    @Test
    void aUsernameIsTakenOnceWhateverItsCase() {
        AgentSession admin = admin();
        String username = admin.createAccount("villeneuve", PASSWORD, "AGENT");

        admin.post("/api/accounts/communes/autreville/accounts", Map.of("username", username.toUpperCase(),
                        "displayName", "Homonyme", "password", PASSWORD, "roles", List.of("AGENT")))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Compte déjà existant");
    }

    @Test
    void aCommunesAdministratorManagesItsAgentsButNeverAnotherCommunes() {
        AgentSession platform = admin();
        AgentSession villeneuve = signIn(platform.createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        String agent = villeneuve.createAccount("villeneuve", PASSWORD, "AGENT");
        String agentId = signIn(agent, PASSWORD).get("/api/me").expectBody(Map.class).returnResult()
                .getResponseBody().get("accountId").toString();

        villeneuve.put("/api/accounts/communes/villeneuve/accounts/" + agentId, Map.of("displayName", "Chef",
                        "roles", List.of("SERVICE_MANAGER", "AGENT"), "enabled", true, "agentId", "agent-7"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles").value(roles -> assertThat(
                        (List<String>) roles).containsExactlyInAnyOrder("SERVICE_MANAGER", "AGENT"));
        signIn(agent, PASSWORD).get("/api/me").expectBody().jsonPath("$.agentId").isEqualTo("agent-7");

        AgentSession autreville = signIn(platform.createAccount("autreville", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        autreville.put("/api/accounts/communes/villeneuve/accounts/" + agentId, Map.of("displayName", "Pirate",
                "roles", List.of("COMMUNE_ADMIN"), "enabled", true)).expectStatus().isForbidden();
        // through its own commune's address, another commune's account does not exist
        autreville.put("/api/accounts/communes/autreville/accounts/" + agentId, Map.of("displayName", "Pirate",
                "roles", List.of("COMMUNE_ADMIN"), "enabled", true)).expectStatus().isNotFound();
        autreville.get("/api/accounts/communes/autreville/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(not(hasItem(agent)));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        AgentSession admin = signIn(admin().createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        String myself = admin.get("/api/me").expectBody(Map.class).returnResult().getResponseBody()
                .get("accountId").toString();

        admin.put("/api/accounts/communes/villeneuve/accounts/" + myself, Map.of("displayName", "Moi",
                        "roles", List.of("AGENT"), "enabled", true))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Modification refusée");
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        AgentSession admin = admin();
        String username = admin.createAccount("villeneuve", PASSWORD, "AGENT");
        String id = signIn(username, PASSWORD).get("/api/me").expectBody(Map.class).returnResult().getResponseBody()
                .get("accountId").toString();

        admin.put("/api/accounts/communes/villeneuve/accounts/" + id, Map.of("displayName", "Agent",
                "roles", List.of("AGENT"), "enabled", true, "password", "un-nouveau-mot-de-passe")).expectStatus().isOk();

        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
        signIn(username, "un-nouveau-mot-de-passe");
    }
}
