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

/** A service manager changes their services' counters, agents and types, and nothing of another service. */
class ServiceManagerScopeTest extends PlanningIntegrationTest {

    @LocalServerPort
    int port;

    private String communeId;
    private String placeId;
    private String etatCivil;
    private String etrangers;
    private String etatCivilType;
    private String etrangersType;
    private String etatCivilCounter;
    private String etrangersCounter;
    private String etrangersAgent;

    @BeforeEach
    void twoServicesEachWithATypeACounterAndAnAgent() {
        communeId = createCommune(uniqueSlug("scope"));
        placeId = post(path("/places"), Map.of("name", "Mairie", "address", "1 rue")).expect(201).text("placeId");
        etatCivil = post(path("/services"), Map.of("name", "État civil")).expect(201).text("serviceId");
        etrangers = post(path("/services"), Map.of("name", "Étrangers")).expect(201).text("serviceId");
        etatCivilType = type("Mariage", etatCivil);
        etrangersType = type("Titre de séjour", etrangers);
        etatCivilCounter = post(path("/counters"), counter("G1", etatCivilType, etatCivil)).expect(201).text("counterId");
        etrangersCounter = post(path("/counters"), counter("G2", etrangersType, etrangers)).expect(201).text("counterId");
        etrangersAgent = post(path("/agents"), Map.of("displayName", "Marc", "serviceIds", List.of(etrangers)))
                .expect(201).text("agentId");
    }

    private String path(String rest) {
        return "/communes/" + communeId + rest;
    }

    private String type(String label, String serviceId) {
        return post(path("/appointment-types"), Map.of("label", label, "durationMinutes", 20, "bookingHorizon", "2m",
                "minimumNotice", "60m", "maxPersons", 1, "serviceIds", List.of(serviceId))).expect(201)
                .text("appointmentTypeId");
    }

    private Map<String, Object> counter(String name, String typeId, String serviceId) {
        return Map.of("placeId", placeId, "name", name, "appointmentTypeIds", List.of(typeId),
                "serviceIds", List.of(serviceId));
    }

    private ServiceClient managerOfEtatCivil() {
        return ServiceClient.on(port, "/api/planning").as(AgentHeaders.of(new AgentIdentity("account-sophie", communeId,
                Set.of(Role.SERVICE_MANAGER), null, "Sophie", List.of(etatCivil), null)));
    }

    @Test
    void aServiceManagerRenamesACounterOfTheirServiceButNotAnotherServicesCounter() {
        ServiceResponse own = managerOfEtatCivil().put(path("/counters/" + etatCivilCounter),
                counter("Guichet mariages", etatCivilType, etatCivil));
        ServiceResponse other = managerOfEtatCivil().put(path("/counters/" + etrangersCounter),
                counter("Guichet pris", etrangersType, etrangers));

        assertThat(own.expect(200).text("name")).isEqualTo("Guichet mariages");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.text("detail")).isEqualTo("Le guichet « G2 » ne relève d'aucun des services que vous gérez.");
        assertThat(get(path("/counters/" + etrangersCounter)).expect(200).text("name")).isEqualTo("G2");
    }

    @Test
    void aServiceManagerCannotMoveTheirCounterIntoAnotherService() {
        ServiceResponse moved = managerOfEtatCivil().put(path("/counters/" + etatCivilCounter),
                Map.of("placeId", placeId, "name", "G1", "serviceIds", List.of(etrangers)));

        assertThat(moved.status()).isEqualTo(403);
        assertThat(moved.text("detail")).isEqualTo("Vous ne pouvez rattacher ou détacher que les services que vous gérez.");
    }

    @Test
    void aServiceManagerCreatesACounterOnlyInTheirService() {
        ServiceResponse inTheirs = managerOfEtatCivil().post(path("/counters"), counter("G3", etatCivilType, etatCivil));
        ServiceResponse inNone = managerOfEtatCivil().post(path("/counters"), Map.of("placeId", placeId, "name", "G4"));

        assertThat(inTheirs.status()).isEqualTo(201);
        assertThat(inNone.status()).isEqualTo(403);
        assertThat(inNone.text("detail")).isEqualTo("Le guichet doit rester rattaché à l'un des services que vous gérez.");
    }

    @Test
    void aServiceManagerSchedulesOnlyTheirServicesCounters() {
        String weekId = post(path("/reference-weeks"), Map.of("name", "S", "days",
                Map.of("WEDNESDAY", List.of("09h00-12h00")))).expect(201).text("referenceWeekId");
        Map<String, Object> schedule = Map.of("referenceWeekId", weekId, "from", "2026-12-01", "to", "2026-12-31");

        assertThat(managerOfEtatCivil().post(path("/counters/" + etatCivilCounter + "/schedules"), schedule).status())
                .isEqualTo(201);
        assertThat(managerOfEtatCivil().post(path("/counters/" + etrangersCounter + "/schedules"), schedule).status())
                .isEqualTo(403);
    }

    @Test
    void aServiceManagerChangesTheirServicesTypesOnly() {
        Map<String, Object> settings = Map.of("label", "Renouvellement", "durationMinutes", 30, "bookingHorizon", "2m",
                "minimumNotice", "60m", "maxPersons", 1, "serviceIds", List.of(etrangers));

        ServiceResponse other = managerOfEtatCivil().put(path("/appointment-types/" + etrangersType), settings);
        ServiceResponse own = managerOfEtatCivil().put(path("/appointment-types/" + etatCivilType),
                Map.of("label", "Mariage civil", "durationMinutes", 45, "bookingHorizon", "2m", "minimumNotice", "60m",
                        "maxPersons", 1, "serviceIds", List.of(etatCivil)));

        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text("detail")).isEqualTo("Le type « Titre de séjour » ne relève d'aucun des services que vous gérez.");
        assertThat(own.expect(200).body().at("/settings/durationMinutes").asInt()).isEqualTo(45);
    }

    @Test
    void aServiceManagerSetsNeitherTheTimeNorTheAbsencesOfAnotherServicesAgent() {
        ServiceResponse availability = managerOfEtatCivil().post(path("/agents/" + etrangersAgent + "/availabilities"),
                Map.of("days", Map.of("MONDAY", List.of("09h00-12h00")), "from", "2026-12-01", "to", "2026-12-31"));
        ServiceResponse absence = managerOfEtatCivil().post(path("/agents/" + etrangersAgent + "/absences"),
                Map.of("start", "2026-12-02T09:00:00", "end", "2026-12-02T12:00:00", "reason", "Formation"));
        ServiceResponse rename = managerOfEtatCivil().put(path("/agents/" + etrangersAgent),
                Map.of("displayName", "Marc D.", "serviceIds", List.of(etrangers)));

        assertThat(List.of(availability.status(), absence.status(), rename.status())).containsOnly(403);
    }

    @Test
    void aServiceManagerManagesTheirOwnServicesAgents() {
        String claire = managerOfEtatCivil().post(path("/agents"),
                Map.of("displayName", "Claire", "serviceIds", List.of(etatCivil))).expect(201).text("agentId");

        assertThat(managerOfEtatCivil().post(path("/agents/" + claire + "/absences"),
                Map.of("start", "2026-12-02T09:00:00", "end", "2026-12-02T12:00:00", "reason", "Formation")).status())
                .isEqualTo(201);
    }

    @Test
    void aCounterOutsideATypesAssociatedServicesCannotReceiveIt() {
        ServiceResponse refused = post(path("/counters"), counter("G5", etrangersType, etatCivil));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).isEqualTo("Le type « Titre de séjour » est réservé à ses services associés : "
                + "le guichet doit appartenir à l'un d'eux pour le recevoir.");
    }
}
