package fr.creneau.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The agents' accounts from the agents file of a commune moving in: linked to the planning agent of their name, in
 * the commune, with no password until their administrator sets one; checked by line in French; all or nothing;
 * nothing twice.
 */
class AgentAccountsImportTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

    private String commune;
    private String path;

    /** planning-service has the two agents of the file in the commune (imported from the same file, first). */
    @BeforeEach
    void planningHasTheFilesAgents() {
        commune = "reprise-" + UUID.randomUUID().toString().substring(0, 8);
        path = "/api/accounts/imports/communes/" + commune + "/agents";
        Downstream.SERVICES.stubFor(get(urlPathEqualTo("/api/planning/communes/" + commune + "/agents"))
                .willReturn(okJson("""
                        [{"agentId": "agent-marie", "displayName": "Marie Dupont"},
                         {"agentId": "agent-paul", "displayName": "Paul  Martin"}]""")));
        Downstream.SERVICES.stubFor(get(urlPathEqualTo("/api/planning/communes/" + commune + "/agents/agent-paul"))
                .willReturn(okJson("{\"agentId\": \"agent-paul\", \"displayName\": \"Paul Martin\"}")));
    }

    private String file(String... lines) {
        return "nom;guichets;identifiant;email;role\n" + String.join("\n", lines) + "\n";
    }

    private String goodFile() {
        return file("Marie Dupont;Guichet titres 1;" + commune + ".marie;marie@" + commune + ".fr;administrateur|agent",
                "paul martin;Guichet état civil;" + commune + ".paul;paul@" + commune + ".fr;",
                "Sans Compte;Guichet état civil;;;");
    }

    @Test
    void theAccountsAreCreatedLinkedWithoutAPasswordUntilTheAdministratorSetsOneAndNeverTwice() {
        AgentSession operator = admin();
        operator.postCsv(path + "?dryRun=true", goodFile()).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(2).jsonPath("$.done").isEqualTo(false)
                .jsonPath("$.errors.length()").isEqualTo(0);
        operator.get("/api/accounts/communes/" + commune + "/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);

        operator.postCsv(path + "?dryRun=false&fileName=agents.csv", goodFile()).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(2).jsonPath("$.done").isEqualTo(true);
        List<Map<String, Object>> accounts = operator.get("/api/accounts/communes/" + commune + "/accounts")
                .expectStatus().isOk().expectBodyList(new org.springframework.core.ParameterizedTypeReference<
                        Map<String, Object>>() { }).returnResult().getResponseBody();
        Map<String, Object> marie = accounts.stream().filter(a -> a.get("username").equals(commune + ".marie"))
                .findFirst().orElseThrow();
        assertThat(marie.get("agentId")).isEqualTo("agent-marie");
        assertThat(marie.get("communeId")).isEqualTo(commune);
        assertThat((List<String>) marie.get("roles")).containsExactlyInAnyOrder("COMMUNE_ADMIN", "AGENT");
        Map<String, Object> paul = accounts.stream().filter(a -> a.get("username").equals(commune + ".paul"))
                .findFirst().orElseThrow();
        assertThat(paul.get("agentId")).isEqualTo("agent-paul");
        assertThat((List<String>) paul.get("roles")).containsExactly("AGENT");
        assertThat(accounts).hasSize(2);

        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", commune + ".paul", "password", PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
        operator.put("/api/accounts/communes/" + commune + "/accounts/" + paul.get("accountId"), Map.of(
                "displayName", "paul martin", "email", "paul@" + commune + ".fr", "roles", List.of("AGENT"),
                "agentId", "agent-paul", "enabled", true, "password", PASSWORD)).expectStatus().isOk();
        signIn(commune + ".paul", PASSWORD);

        operator.postCsv(path + "?dryRun=false", goodFile()).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(0).jsonPath("$.alreadyPresent").isEqualTo(2)
                .jsonPath("$.errors.length()").isEqualTo(0);
        operator.get("/api/accounts/communes/" + commune + "/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void everyErrorIsReportedByLineInFrenchAndARealRunWithOneCreatesNothing() {
        AgentSession operator = admin();
        String taken = operator.createAccount("ailleurs-" + commune, PASSWORD, "AGENT");
        String file = file(
                "Marie Dupont;;" + commune + ".marie;marie@" + commune + ".fr;maire",
                "Paul Martin;;" + commune + ".paul;;agent",
                "Marie Dupont;;" + commune + ".marie;autre@" + commune + ".fr;agent",
                "Paul Martin;;" + taken + ";pris@" + commune + ".fr;agent",
                "Inconnue;;" + commune + ".inconnue;inconnue@" + commune + ".fr;agent",
                "Paul Martin;;x;x@" + commune + ".fr;agent");
        operator.postCsv(path + "?dryRun=false", file).expectStatus().isOk().expectBody()
                .jsonPath("$.done").isEqualTo(false)
                .jsonPath("$.errors[?(@.line == 2)].message").value(hasItem(org.hamcrest.Matchers.containsString(
                        "Le rôle « maire » est inconnu")))
                .jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(org.hamcrest.Matchers.containsString(
                        "demande une adresse e-mail")))
                .jsonPath("$.errors[?(@.line == 4)].message").value(hasItem(org.hamcrest.Matchers.containsString(
                        "plus haut dans le fichier")))
                .jsonPath("$.errors[?(@.line == 5)].message").value(hasItem(org.hamcrest.Matchers.containsString(
                        "déjà celui d'un autre compte")))
                .jsonPath("$.errors[?(@.line == 6)].message").value(hasItem(org.hamcrest.Matchers.containsString(
                        "n'est pas dans le planning")))
                .jsonPath("$.errors[?(@.line == 7)].message").value(hasItem(org.hamcrest.Matchers.containsString(
                        "Colonne « identifiant »")))
                .jsonPath("$.errors[*].file").value(not(hasItem(not("agents.csv"))));
        operator.get("/api/accounts/communes/" + commune + "/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aCommuneThePlanningDoesNotKnowIsAFrench404() {
        String unknown = "inconnue-" + UUID.randomUUID().toString().substring(0, 8);
        Downstream.SERVICES.stubFor(get(urlPathEqualTo("/api/planning/communes/" + unknown + "/agents"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Introuvable\",\"status\":404}")));
        admin().postCsv("/api/accounts/imports/communes/" + unknown + "/agents", goodFile()).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("La commune « " + unknown + " » est inconnue.");
    }

    @Test
    void onlyTheOperatorOrTheCommunesAdministratorImportsItsAccounts() {
        AgentSession operator = admin();
        AgentSession other = signIn(operator.createAccount("autre-" + commune, PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        other.postCsv(path + "?dryRun=true", goodFile()).expectStatus().isForbidden();
        AgentSession own = signIn(operator.createAccount(commune, PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        own.postCsv(path + "?dryRun=true", goodFile()).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(2);
    }
}
