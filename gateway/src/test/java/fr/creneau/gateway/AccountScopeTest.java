package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** A service manager's account names the services they manage, a partner's account its partner type; both are signed. */
class AccountScopeTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";
    private static final IdentityToken SERVICES_READER = new IdentityToken(AgentHeaders.KEY);

    /** planning-service knows the service « etat-civil » in villeneuve, and « etrangers » in autreville only. */
    @BeforeEach
    void planningKnowsTheServicesOfEachCommune() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/api/planning/communes/villeneuve/places"))
                .willReturn(okJson("[]")));
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/villeneuve/services/etat-civil"))
                .willReturn(okJson("{\"serviceId\":\"etat-civil\",\"communeId\":\"villeneuve\"}")));
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/villeneuve/services/etrangers"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Introuvable\",\"status\":404}")));
    }

    private Map<String, Object> account(String username, List<String> roles, Map<String, Object> more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", "Sophie Martin",
                "password", PASSWORD, "roles", roles));
        body.putAll(more);
        return body;
    }

    @Test
    void aServiceManagersServicesAreKeptAndSignedForTheServices() {
        admin().post("/api/accounts/communes/villeneuve/accounts", account("sophie.manager",
                        List.of("SERVICE_MANAGER"), Map.of("serviceIds", List.of("etat-civil"))))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.serviceIds[0]").isEqualTo("etat-civil");

        signIn("sophie.manager", PASSWORD).get("/api/planning/communes/villeneuve/places").expectStatus().isOk();

        AgentIdentity identity = SERVICES_READER.verify(lastPlacesRequest().getHeader(IdentityToken.HEADER), Instant.now());
        assertThat(identity.serviceIds()).containsExactly("etat-civil");
        assertThat(identity.partnerType()).isNull();
    }

    @Test
    void aManagerOfAnotherCommunesServiceIsRefusedNamingTheField() {
        admin().post("/api/accounts/communes/villeneuve/accounts", account("paul.manager",
                        List.of("SERVICE_MANAGER"), Map.of("serviceIds", List.of("etrangers"))))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("serviceIds")
                .jsonPath("$.detail").isEqualTo("serviceIds : la commune « villeneuve » n'a pas de service « etrangers »");
    }

    @Test
    void onlyAServiceManagerManagesServices() {
        admin().post("/api/accounts/communes/villeneuve/accounts", account("luc.agent", List.of("AGENT"),
                        Map.of("serviceIds", List.of("etat-civil"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("serviceIds");
    }

    @Test
    void aPartnerHasAPartnerTypeAndNoOtherRole() {
        admin().post("/api/accounts/communes/villeneuve/accounts", account("ccas.sans.type", List.of("PARTNER"), Map.of()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("partnerType");
        admin().post("/api/accounts/communes/villeneuve/accounts", account("ccas.agent", List.of("PARTNER", "AGENT"),
                        Map.of("partnerType", "travailleur-social")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("roles");
        admin().post("/api/accounts/communes/villeneuve/accounts", account("agent.type", List.of("AGENT"),
                        Map.of("partnerType", "travailleur-social")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("partnerType");
    }

    @Test
    void aPartnersTypeIsSignedForTheServices() {
        admin().post("/api/accounts/communes/villeneuve/accounts", account("ccas.lea", List.of("PARTNER"),
                        Map.of("partnerType", "travailleur-social")))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.partnerType").isEqualTo("travailleur-social");
        Downstream.SERVICES.stubFor(any(urlPathMatching("/api/booking/agent/communes/villeneuve/partner/appointments"))
                .willReturn(okJson("[]")));

        signIn("ccas.lea", PASSWORD).get("/api/booking/agent/communes/villeneuve/partner/appointments")
                .expectStatus().isOk();

        LoggedRequest request = Downstream.SERVICES.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().contains("/partner/appointments"))
                .map(event -> event.getRequest()).findFirst().orElseThrow();
        AgentIdentity identity = SERVICES_READER.verify(request.getHeader(IdentityToken.HEADER), Instant.now());
        assertThat(identity.partnerType()).isEqualTo("travailleur-social");
        assertThat(identity.isOnlyAPartner()).isTrue();
    }

    @Test
    void apiMeSaysAManagersServicesAndAPartnersType() {
        admin().post("/api/accounts/communes/villeneuve/accounts", account("anne.manager",
                List.of("SERVICE_MANAGER", "AGENT"), Map.of("serviceIds", List.of("etat-civil"))))
                .expectStatus().isCreated();
        admin().post("/api/accounts/communes/villeneuve/accounts", account("ccas.noe", List.of("PARTNER"),
                Map.of("partnerType", "travailleur-social"))).expectStatus().isCreated();

        signIn("anne.manager", PASSWORD).get("/api/me").expectStatus().isOk().expectBody()
                .jsonPath("$.serviceIds.length()").isEqualTo(1)
                .jsonPath("$.serviceIds[0]").isEqualTo("etat-civil")
                .jsonPath("$.partnerType").doesNotExist();
        signIn("ccas.noe", PASSWORD).get("/api/me").expectStatus().isOk().expectBody()
                .jsonPath("$.partnerType").isEqualTo("travailleur-social")
                .jsonPath("$.roles[0]").isEqualTo("PARTNER")
                .jsonPath("$.serviceIds.length()").isEqualTo(0);
    }

    private static LoggedRequest lastPlacesRequest() {
        return Downstream.SERVICES.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().endsWith("/places"))
                .max(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> event.getRequest()).orElseThrow();
    }
}
