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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune opens no more plannings (counters in service) than its subscription allows, and loses none. */
class PlanningQuotaTest extends PlanningIntegrationTest {

    @LocalServerPort
    int port;

    private ServiceClient operator() {
        return ServiceClient.on(port, "/api/planning").as(AgentHeaders.platformAdmin());
    }

    private static Map<String, Object> subscription(int plannings) {
        return Map.of("populationBand", "UP_TO_10000", "plannings", plannings, "sms", true, "voice", false);
    }

    private String communeWith(int plannings) {
        return operator().post("/communes", Map.of("slug", uniqueSlug("quota"), "name", "Quota",
                "subscription", subscription(plannings))).expect(201).text("communeId");
    }

    private String place(String communeId) {
        return post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
    }

    private ServiceResponse openCounter(String communeId, String placeId, String name) {
        return post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", name));
    }

    @Test
    void aCounterPastTheQuotaIsRefusedWithAFrenchConflictNamingTheQuota() {
        String communeId = communeWith(2);
        String placeId = place(communeId);
        openCounter(communeId, placeId, "G1").expect(201);
        openCounter(communeId, placeId, "G2").expect(201);

        ServiceResponse refused = openCounter(communeId, placeId, "G3");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("detail")).contains("quota de plannings", "2 planning(s) en service pour 2");
        assertThat(refused.body().path("quota").asInt()).isEqualTo(2);
        assertThat(get("/communes/" + communeId + "/counters").body()).hasSize(2);
    }

    @Test
    void anArchivedCounterGivesItsPlanningBack() {
        String communeId = communeWith(1);
        String placeId = place(communeId);
        String first = openCounter(communeId, placeId, "G1").expect(201).text("counterId");
        openCounter(communeId, placeId, "G2").expect(409);

        delete("/communes/" + communeId + "/counters/" + first).expect(200);

        openCounter(communeId, placeId, "G2").expect(201);
    }

    @Test
    void loweringTheQuotaDeletesNothingButOpensNothingMore() {
        String communeId = communeWith(3);
        String placeId = place(communeId);
        for (String name : List.of("G1", "G2", "G3")) {
            openCounter(communeId, placeId, name).expect(201);
        }

        ServiceResponse lowered = operator().put("/operator/communes/" + communeId + "/subscription",
                subscription(1)).expect(200);

        assertThat(lowered.body().path("subscription").path("plannings").asInt()).isEqualTo(1);
        assertThat(lowered.body().path("planningsInService").asInt()).isEqualTo(3);
        JsonNode counters = get("/communes/" + communeId + "/counters").body();
        assertThat(counters).hasSize(3);
        assertThat(counters.findValuesAsText("active")).containsOnly("true");
        openCounter(communeId, placeId, "G4").expect(409);
    }

    @Test
    void countersCreatedAtOnceNeverGoPastTheQuota() throws Exception {
        String communeId = communeWith(2);
        String placeId = place(communeId);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "G" + i;
            attempts.add(() -> openCounter(communeId, placeId, name).status());
        }

        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(2);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(4);
        assertThat(get("/communes/" + communeId + "/counters").body()).hasSize(2);
    }

    @Test
    void aCommuneWhoseSubscriptionIsNotSetHasNoQuotaUntilTheOperatorSetsIt() {
        String communeId = createCommune(uniqueSlug("unset"));
        String placeId = place(communeId);
        for (int i = 0; i < 5; i++) {
            openCounter(communeId, placeId, "G" + i).expect(201);
        }

        operator().put("/operator/communes/" + communeId + "/subscription", subscription(4)).expect(200);

        openCounter(communeId, placeId, "G5").expect(409);
    }

    @Test
    void theOperatorListsEachCommuneWithItsPlanningsAgainstTheQuota() {
        String communeId = communeWith(10);
        String placeId = place(communeId);
        openCounter(communeId, placeId, "G1").expect(201);

        JsonNode listed = null;
        for (JsonNode commune : operator().get("/operator/communes").expect(200).body()) {
            if (commune.path("communeId").asText().equals(communeId)) {
                listed = commune;
            }
        }

        assertThat(listed).isNotNull();
        assertThat(listed.path("planningsInService").asInt()).isEqualTo(1);
        assertThat(listed.path("subscription").path("plannings").asInt()).isEqualTo(10);
        assertThat(listed.path("populationBandLabel").asText()).isEqualTo("5 001 à 10 000 habitants");
    }

    @Test
    void onlyThePlatformAdministratorSetsASubscription() {
        String communeId = communeWith(4);

        ServiceResponse byTheCommune = ServiceClient.on(port, "/api/planning")
                .as(AgentHeaders.of(communeId, Role.COMMUNE_ADMIN))
                .put("/operator/communes/" + communeId + "/subscription", subscription(50));

        assertThat(byTheCommune.status()).isEqualTo(403);
        assertThat(operator().get("/operator/communes/" + communeId).expect(200).body()
                .path("subscription").path("plannings").asInt()).isEqualTo(4);
    }

    @Test
    void anIncompleteOrImpossibleSubscriptionIsRefusedInFrench() {
        String communeId = communeWith(4);
        String path = "/operator/communes/" + communeId + "/subscription";

        ServiceResponse noBand = operator().put(path, Map.of("plannings", 5, "sms", true, "voice", false));
        ServiceResponse zero = operator().put(path, Map.of("populationBand", "OVER_50000", "plannings", 0,
                "sms", true, "voice", false));
        ServiceResponse unknownBand = operator().put(path, Map.of("populationBand", "HUGE", "plannings", 5,
                "sms", true, "voice", false));

        assertThat(noBand.status()).isEqualTo(400);
        assertThat(noBand.text("detail")).contains("populationBand");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("detail")).contains("entre 1 et 500");
        assertThat(unknownBand.status()).isEqualTo(400);
        assertThat(operator().get("/operator/communes/nowhere").status()).isEqualTo(404);
    }

    @Test
    void theSubscriptionIsPublishedForTheOtherServices() {
        String communeId = communeWith(5);

        operator().put("/operator/communes/" + communeId + "/subscription",
                Map.of("populationBand", "UP_TO_20000", "plannings", 10, "sms", false, "voice", true)).expect(200);

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            var record = probe.await(event -> event.path("type").asText().equals("CommuneSubscriptionChanged.v1")
                    && event.path("communeId").asText().equals(communeId)
                    && event.path("plannings").asInt() == 10, Duration.ofSeconds(30));
            JsonNode published = KafkaProbe.parse(record.value());
            assertThat(record.key()).isEqualTo(communeId);
            assertThat(published.path("populationBand").asText()).isEqualTo("UP_TO_20000");
            assertThat(published.path("smsOption").asBoolean()).isFalse();
            assertThat(published.path("voiceOption").asBoolean()).isTrue();
        }
    }
}
