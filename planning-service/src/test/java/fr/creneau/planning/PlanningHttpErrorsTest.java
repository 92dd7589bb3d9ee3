package fr.creneau.planning;

import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class PlanningHttpErrorsTest extends PlanningIntegrationTest {

    private String communeId;

    @BeforeEach
    void aCommune() {
        communeId = createCommune(uniqueSlug("errors"));
    }

    @Test
    void aBadReferenceWeekLineIsRefusedInFrenchNamingTheDayAndTheLine() {
        ServiceResponse response = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Semaine",
                "days", Map.of("TUESDAY", List.of("09h00-12h00", "14h-17h"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.text("detail")).contains("Mardi", "ligne 2", "14h-17h", "XXhXX-XXhXX");
    }

    @Test
    void overlappingLinesAreRefusedNamingTheDay() {
        ServiceResponse response = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Semaine",
                "days", Map.of("MONDAY", List.of("09h00-12h00", "11h30-13h00"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("Lundi", "ligne 2", "chevauche", "09h00-12h00");
    }

    @Test
    void aCommuneWithoutItsIdIsRefusedSayingTheFieldIsRequired() {
        ServiceResponse response = post("/communes", Map.of("name", "Sans identifiant", "timeZone", "Europe/Paris"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).isEqualTo("Le champ « slug » (l'identifiant de la commune dans les "
                + "adresses, par exemple villeneuve-sur-lot) est obligatoire.");
    }

    @Test
    void anUnknownCommuneIsNotFound() {
        ServiceResponse response = post("/communes/nowhere-at-all/places", Map.of("name", "Mairie", "address", "1 rue"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.text("detail")).contains("nowhere-at-all", "n'existe pas");
    }

    @Test
    void aCounterOfAnotherCommuneIsNotFound() {
        String other = createCommune(uniqueSlug("other"));
        String placeId = post("/communes/" + other + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        String counterId = post("/communes/" + other + "/counters", Map.of("placeId", placeId, "name", "G1"))
                .expect(201).text("counterId");

        assertThat(get("/communes/" + communeId + "/counters/" + counterId).status()).isEqualTo(404);
        assertThat(post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G2")).status())
                .isEqualTo(404);
        assertThat(get("/communes/" + other + "/counters/" + counterId).status()).isEqualTo(200);
    }

    @Test
    void aMissingDurationIsABadRequestInFrench() {
        ServiceResponse response = post("/communes/" + communeId + "/appointment-types", Map.of("label", "CNI"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("durée");
    }

    @Test
    void aHorizonInAnUnknownUnitIsABadRequest() {
        ServiceResponse response = post("/communes/" + communeId + "/appointment-types",
                Map.of("label", "CNI", "durationMinutes", 20, "bookingHorizon", "2y"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("« 2y »");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        ServiceResponse response = post("/communes/" + communeId + "/places", "{not json");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void aRefusalFromAnAggregateIsABadRequest() {
        String typeId = post("/communes/" + communeId + "/appointment-types",
                Map.of("label", "CNI", "durationMinutes", 20)).expect(201).text("appointmentTypeId");
        delete("/communes/" + communeId + "/appointment-types/" + typeId).expect(200);

        ServiceResponse response = put("/communes/" + communeId + "/appointment-types/" + typeId,
                Map.of("label", "CNI", "durationMinutes", 30));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("archivé");
    }

    @Test
    void communesCreatedTwiceAtOnceGiveOneCreationAndConflictsNeverAServerError() throws Exception {
        String slug = uniqueSlug("race");
        var pool = Executors.newFixedThreadPool(6);
        try {
            var statuses = pool.invokeAll(Collections.nCopies(6,
                    (Callable<Integer>) () -> post("/communes",
                            Map.of("slug", slug, "name", "Course")).status()));
            List<Integer> seen = new ArrayList<>();
            for (var status : statuses) {
                seen.add(status.get());
            }
            assertThat(seen).containsOnly(201, 409);
            assertThat(seen).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCommuneCannotBeCreatedTwice() {
        ServiceResponse response = post("/communes", Map.of("slug", communeId, "name", "Encore"));

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void aScheduleEndingBeforeItStartsIsABadRequest() {
        String placeId = post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        String counterId = post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G1"))
                .expect(201).text("counterId");
        String weekId = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "S",
                "days", Map.of("MONDAY", List.of("09h00-12h00")))).expect(201).text("referenceWeekId");

        ServiceResponse response = post("/communes/" + communeId + "/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", weekId, "from", "2027-02-01", "to", "2027-01-01", "agents", 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("se termine avant de commencer");
    }

    @Test
    void everyBadLineOfAWeekIsListedWithItsDayAndLineForTheEditor() {
        ServiceResponse response = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Semaine",
                "days", Map.of("MONDAY", List.of("09h00-12h00", "9h-12h"), "THURSDAY", List.of("17h00-13h00"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors")).hasSize(2);
        assertThat(response.body().path("errors").get(0).path("day").asText()).isEqualTo("MONDAY");
        assertThat(response.body().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(response.body().path("errors").get(1).path("day").asText()).isEqualTo("THURSDAY");
        assertThat(response.body().path("errors").get(1).path("detail").asText()).contains("Jeudi, ligne 1");
        assertThat(get("/communes/" + communeId + "/reference-weeks").expect(200).body()).isEmpty();
    }

    @Test
    void aMissingRequestParameterIsNamedInFrench() {
        String placeId = post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        String counterId = post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G1"))
                .expect(201).text("counterId");

        ServiceResponse response = get("/communes/" + communeId + "/counters/" + counterId + "/capacity?from=2026-12-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.text("title")).isEqualTo("Requête invalide");
        assertThat(response.text("detail")).isEqualTo("Le paramètre « to » est obligatoire.");
    }

    @Test
    void aServiceCanBeRenamedButNotToNothing() {
        String serviceId = post("/communes/" + communeId + "/services", Map.of("name", "Etat civil"))
                .expect(201).text("serviceId");

        assertThat(put("/communes/" + communeId + "/services/" + serviceId, Map.of("name", "État civil"))
                .expect(200).text("name")).isEqualTo("État civil");
        ServiceResponse blank = put("/communes/" + communeId + "/services/" + serviceId, Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("detail")).contains("nom du service");
        assertThat(get("/communes/" + communeId + "/services/" + serviceId).expect(200).text("name"))
                .isEqualTo("État civil");
    }

    @Test
    void aReferenceWeekFollowedByACounterCannotBeDeletedButAnUnusedOneCan() {
        String placeId = post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        String counterId = post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G1"))
                .expect(201).text("counterId");
        String used = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Hiver",
                "days", Map.of("MONDAY", List.of("09h00-12h00")))).expect(201).text("referenceWeekId");
        String unused = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Été",
                "days", Map.of("MONDAY", List.of("08h00-12h00")))).expect(201).text("referenceWeekId");
        post("/communes/" + communeId + "/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", used, "from", "2026-12-01", "to", "2026-12-31")).expect(201);

        ServiceResponse refused = delete("/communes/" + communeId + "/reference-weeks/" + used);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("« G1 »", "ne peut pas être supprimée");
        delete("/communes/" + communeId + "/reference-weeks/" + unused).expect(204);
        assertThat(get("/communes/" + communeId + "/reference-weeks/" + unused).status()).isEqualTo(404);
        assertThat(put("/communes/" + communeId + "/reference-weeks/" + unused, Map.of("name", "Été",
                "days", Map.of("MONDAY", List.of("08h00-12h00")))).status()).isEqualTo(404);
        assertThat(get("/communes/" + communeId + "/reference-weeks").expect(200).body()).hasSize(1);
    }
}
