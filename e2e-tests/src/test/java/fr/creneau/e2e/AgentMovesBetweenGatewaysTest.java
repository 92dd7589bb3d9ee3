package fr.creneau.e2e;

import fr.creneau.launcher.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway processes on one database, with no sticky sessions: an agent signed in on one reads and writes on
 * the other with the same cookie and CSRF token, signs out on one and is signed out on both; a gateway killed and
 * started again has signed no one out.
 */
@ExtendWith(WholeStack.Injected.class)
class AgentMovesBetweenGatewaysTest {

    private static WholeStack whole;
    private static List<String> gateways;

    @BeforeAll
    static void useTheStack(WholeStack stack) {
        whole = stack;
        gateways = stack.stack.gatewayUrls();
    }

    @Test
    void anAgentSignedInOnOneGatewayWorksOnTheOtherAndSignsOutOfBoth() {
        assertThat(gateways).hasSize(2);
        Gateway first = new Gateway(gateways.get(0)).platformAdministrator();
        Gateway second = first.at(gateways.get(1));

        assertThat(second.get("/api/me").json().get("username").asText()).isEqualTo(Gateway.PLATFORM_ADMIN);
        Gateway.Reply created = second.post("/api/planning/communes",
                Map.of("slug", "deux-portes", "name", "Deux-Portes", "timeZone", "Europe/Paris"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Gateway.Reply account = second.post("/api/accounts/communes/deux-portes/accounts", Map.of(
                "username", "deux-portes-admin", "displayName", "Admin Deux-Portes",
                "password", "un-mot-de-passe-solide", "roles", List.of("COMMUNE_ADMIN")));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        assertThat(first.get("/api/accounts/communes/deux-portes/accounts").json().findValuesAsText("username"))
                .contains("deux-portes-admin");

        Gateway.Reply out = second.post("/api/auth/logout", null);
        assertThat(out.status()).as(out.toString()).isEqualTo(204);
        assertThat(first.get("/api/me").status()).isEqualTo(401);
        assertThat(second.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aGatewayKilledAndStartedAgainHasSignedNoOneOut() {
        Gateway agent = new Gateway(gateways.get(0)).platformAdministrator();

        whole.stack.kill(Service.GATEWAY);
        assertThat(agent.at(gateways.get(1)).get("/api/me").status()).as("the other gateway meanwhile").isEqualTo(200);
        whole.stack.restart(Service.GATEWAY);

        Gateway.Reply me = agent.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        Gateway.Reply write = agent.post("/api/planning/communes",
                Map.of("slug", "apres-redemarrage", "name", "Après-Redémarrage", "timeZone", "Europe/Paris"));
        assertThat(write.status()).as(write.toString()).isEqualTo(201);
    }
}
