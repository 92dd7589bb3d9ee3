package fr.creneau.planning.scope;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.PlanningIntegrationTest;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A service manager closes their services' counters only, and puts agents only at those counters. */
class ServiceManagerClosuresTest extends PlanningIntegrationTest {

    @LocalServerPort
    int port;

    private String communeId;
    private String sharedPlace;
    private String annexe;
    private String etatCivil;
    private String etrangers;
    private String etatCivilCounter;
    private String etrangersCounter;

    @BeforeEach
    void twoServicesSharingAPlaceAndOneAloneInAnAnnexe() {
        communeId = createCommune(uniqueSlug("closures"));
        sharedPlace = post(path("/places"), Map.of("name", "Mairie", "address", "1 rue")).expect(201).text("placeId");
        annexe = post(path("/places"), Map.of("name", "Annexe", "address", "2 rue")).expect(201).text("placeId");
        etatCivil = post(path("/services"), Map.of("name", "État civil")).expect(201).text("serviceId");
        etrangers = post(path("/services"), Map.of("name", "Étrangers")).expect(201).text("serviceId");
        etatCivilCounter = post(path("/counters"), counter(sharedPlace, "G1", etatCivil)).expect(201).text("counterId");
        etrangersCounter = post(path("/counters"), counter(sharedPlace, "G2", etrangers)).expect(201).text("counterId");
        post(path("/counters"), counter(annexe, "G3", etatCivil)).expect(201);
    }

    private String path(String rest) {
        return "/communes/" + communeId + rest;
    }

    private static Map<String, Object> counter(String placeId, String name, String serviceId) {
        return Map.of("placeId", placeId, "name", name, "serviceIds", List.of(serviceId));
    }

    private static Map<String, Object> closure(String scope, String targetId) {
        return Map.of("scope", scope, "targetId", targetId, "from", "2026-12-24", "to", "2026-12-26",
                "label", "Noël");
    }

    private ServiceClient managerOfEtatCivil() {
        return ServiceClient.on(port, "/api/planning").as(AgentHeaders.of(new AgentIdentity("account-sophie", communeId,
                Set.of(Role.SERVICE_MANAGER), null, "Sophie", List.of(etatCivil), null)));
    }

    @Test
    void aServiceManagerClosesACounterOfTheirServiceButNotAnotherServicesCounter() {
        ServiceResponse own = managerOfEtatCivil().post(path("/closures"), closure("COUNTER", etatCivilCounter));
        ServiceResponse other = managerOfEtatCivil().post(path("/closures"), closure("COUNTER", etrangersCounter));

        assertThat(own.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.text("detail")).isEqualTo("Le guichet « G2 » ne relève d'aucun des services que vous gérez.");
        assertThat(get(path("/closures")).expect(200).body()).hasSize(1);
    }

    @Test
    void aServiceManagerClosesAPlaceOnlyWhenAllItsCountersAreTheirsAndNeverTheCommune() {
        ServiceResponse shared = managerOfEtatCivil().post(path("/closures"), closure("PLACE", sharedPlace));
        ServiceResponse commune = managerOfEtatCivil().post(path("/closures"), closure("COMMUNE", communeId));
        ServiceResponse alone = managerOfEtatCivil().post(path("/closures"), closure("PLACE", annexe));

        assertThat(shared.status()).isEqualTo(403);
        assertThat(shared.text("detail")).startsWith("Ce lieu accueille aussi des guichets d'autres services (« G2 »)");
        assertThat(commune.status()).isEqualTo(403);
        assertThat(commune.text("detail"))
                .isEqualTo("Seul l'administrateur de la commune peut fermer ou rouvrir toute la commune.");
        assertThat(alone.status()).isEqualTo(201);
    }

    @Test
    void aServiceManagerReopensOnlyWhatTheyMayClose() {
        String theirs = post(path("/closures"), closure("COUNTER", etatCivilCounter)).expect(201).text("closureId");
        String others = post(path("/closures"), closure("COUNTER", etrangersCounter)).expect(201).text("closureId");
        String commune = post(path("/closures"), closure("COMMUNE", communeId)).expect(201).text("closureId");

        ServiceResponse other = managerOfEtatCivil().delete(path("/closures/" + others));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text("detail")).isEqualTo("Le guichet « G2 » ne relève d'aucun des services que vous gérez.");
        assertThat(managerOfEtatCivil().delete(path("/closures/" + commune)).status()).isEqualTo(403);
        assertThat(managerOfEtatCivil().delete(path("/closures/" + theirs)).status()).isEqualTo(204);
        assertThat(get(path("/closures/" + others)).status()).isEqualTo(200);
        assertThat(get(path("/closures/" + commune)).status()).isEqualTo(200);
    }

    @Test
    void aServiceManagerPutsTheirAgentOnlyAtTheirServicesCounters() {
        ServiceResponse elsewhere = managerOfEtatCivil().post(path("/agents"), Map.of("displayName", "Claire",
                "serviceIds", List.of(etatCivil), "counterIds", List.of(etrangersCounter)));
        String claire = managerOfEtatCivil().post(path("/agents"), Map.of("displayName", "Claire",
                "serviceIds", List.of(etatCivil), "counterIds", List.of(etatCivilCounter))).expect(201).text("agentId");
        ServiceResponse moved = managerOfEtatCivil().put(path("/agents/" + claire), Map.of("displayName", "Claire",
                "serviceIds", List.of(etatCivil), "counterIds", List.of(etatCivilCounter, etrangersCounter)));

        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.contentType()).isEqualTo("application/problem+json");
        assertThat(elsewhere.text("detail")).isEqualTo("Vous ne pouvez affecter un agent qu'aux guichets des "
                + "services que vous gérez : le guichet « G2 » n'en relève pas.");
        assertThat(moved.status()).isEqualTo(403);
        assertThat(get(path("/agents/" + claire)).expect(200).body().get("counterIds")).hasSize(1);
    }

    @Test
    void aCounterTheAdministratorGaveAnAgentStaysWhenTheirManagerRenamesThem() {
        String claire = post(path("/agents"), Map.of("displayName", "Claire", "serviceIds", List.of(etatCivil),
                "counterIds", List.of(etatCivilCounter, etrangersCounter))).expect(201).text("agentId");

        ServiceResponse renamed = managerOfEtatCivil().put(path("/agents/" + claire), Map.of("displayName",
                "Claire M.", "serviceIds", List.of(etatCivil), "counterIds", List.of(etatCivilCounter,
                        etrangersCounter)));

        assertThat(renamed.expect(200).text("displayName")).isEqualTo("Claire M.");
    }
}
