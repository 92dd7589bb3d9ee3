package fr.creneau.planning.commune.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.identity.Role;
import fr.creneau.planning.PlanningIntegrationTest;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A suspended commune's planning is read and not changed, until the operator resumes it. */
class CommuneSuspensionTest extends PlanningIntegrationTest {

    @LocalServerPort
    int port;

    private ServiceClient operator() {
        return ServiceClient.on(port, "/api/planning").as(AgentHeaders.platformAdmin());
    }

    @Test
    void aSuspendedCommuneIsReadButNotChangedUntilItIsResumed() {
        String communeId = createCommune(uniqueSlug("suspended"));
        post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue")).expect(201);

        JsonNode suspended = operator().post("/operator/communes/" + communeId + "/suspension",
                Map.of("reason", "Abonnement non renouvelé")).expect(200).body();
        ServiceResponse refused = post("/communes/" + communeId + "/places", Map.of("name", "Annexe", "address", "2 rue"));

        assertThat(suspended.path("suspended").asBoolean()).isTrue();
        assertThat(suspended.path("suspensionReason").asText()).isEqualTo("Abonnement non renouvelé");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("detail")).contains("suspendue", "consultable");
        assertThat(get("/communes/" + communeId + "/places").expect(200).body()).hasSize(1);

        operator().delete("/operator/communes/" + communeId + "/suspension").expect(200);

        post("/communes/" + communeId + "/places", Map.of("name", "Annexe", "address", "2 rue")).expect(201);
    }

    @Test
    void theSuspensionIsPublishedAndOnlyTheOperatorDecidesIt() {
        String communeId = createCommune(uniqueSlug("published"));

        ServiceResponse byTheCommune = ServiceClient.on(port, "/api/planning")
                .as(AgentHeaders.of(communeId, Role.COMMUNE_ADMIN))
                .post("/operator/communes/" + communeId + "/suspension", Map.of());
        operator().post("/operator/communes/" + communeId + "/suspension", Map.of()).expect(200);

        assertThat(byTheCommune.status()).isEqualTo(403);
        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            var record = probe.await(event -> event.path("type").asText().equals("CommuneSuspensionChanged.v1")
                    && event.path("communeId").asText().equals(communeId), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(communeId);
            assertThat(KafkaProbe.parse(record.value()).path("suspended").asBoolean()).isTrue();
        }
    }
}
