package fr.creneau.planning.importing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.identity.Role;
import fr.creneau.planning.PlanningIntegrationTest;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune moving in sends its places, types, weeks, counters and agents as CSV files, checked dry, then real. */
class PlanningImportTest extends PlanningIntegrationTest {

    @LocalServerPort
    int port;

    private final LocalDate monday = LocalDate.now().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);

    private ServiceResponse send(HttpHeaders identity, String communeId, String file, boolean dryRun, String csv) {
        return ServiceClient.exchange(ServiceClient.on(port, "").as(identity).rest().post()
                .uri("/api/planning/imports/communes/{c}/{f}?dryRun={d}", communeId, file, dryRun)
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv));
    }

    private JsonNode run(String communeId, String file, boolean dryRun, String csv) {
        return send(AgentHeaders.of(communeId, Role.COMMUNE_ADMIN), communeId, file, dryRun, csv).expect(200).body();
    }

    private String commune() {
        String slug = uniqueSlug("import");
        ServiceClient.on(port, "/api/planning").as(AgentHeaders.platformAdmin())
                .post("/communes", Map.of("slug", slug, "name", "Import", "timeZone", "Europe/Paris")).expect(201);
        return slug;
    }

    @Test
    void aWholePlanningImportsFileByFileAndASecondRunCreatesNothing() {
        String c = commune();
        String places = "nom;adresse;visible\nMairie;1 place de la Mairie;oui\nAnnexe;2 rue Haute;non\n";
        String types = "libelle;duree;options;personnes_max;ants;documents\n"
                + "Carte d'identité;20;CNI|Passeport;4;oui;photo d'identité\nMariage;60;;;;\n";
        String weeks = "nom;jour;plages\nMatins;lundi;09h00-12h00\nMatins;mardi;09h00-12h00 14h00-17h00\n";
        String counters = "nom;lieu;types;semaine;du;au;agents\n"
                + "Guichet 1;Mairie;Carte d'identité|Mariage;Matins;%s;%s;2\n".formatted(monday, monday.plusWeeks(4));
        String agents = "nom;guichets\nMarie Dupont;Guichet 1\n";

        assertThat(run(c, "lieux", false, places).get("created").asInt()).isEqualTo(2);
        assertThat(run(c, "types", false, types).get("created").asInt()).isEqualTo(2);
        assertThat(run(c, "semaines", false, weeks).get("created").asInt()).isEqualTo(1);
        assertThat(run(c, "guichets", false, counters).get("created").asInt()).isEqualTo(1);
        assertThat(run(c, "agents", false, agents).get("created").asInt()).isEqualTo(1);

        assertThat(get("/communes/" + c + "/appointment-types").body().toString()).contains("Passeport", "Mariage");
        JsonNode counter = get("/communes/" + c + "/counters").body().get(0);
        assertThat(counter.get("appointmentTypeIds")).hasSize(2);
        assertThat(counter.get("schedules").get(0).get("agents").asInt()).isEqualTo(2);
        JsonNode week = get("/communes/" + c + "/reference-weeks").body().get(0);
        assertThat(week.toString()).contains("14h00-17h00");
        JsonNode again = run(c, "lieux", false, places);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("alreadyPresent").asInt()).isEqualTo(2);
        assertThat(run(c, "guichets", false, counters).get("alreadyPresent").asInt()).isEqualTo(1);
        assertThat(get("/communes/" + c + "/places").body()).hasSize(2);
        assertThat(get("/communes/" + c + "/counters").body()).hasSize(1);
    }

    @Test
    void theExampleSetOfTheRepositoryImportsWithoutAnError() throws Exception {
        String c = commune();
        for (String file : List.of("lieux", "types", "semaines", "guichets", "agents")) {
            String csv = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/import/" + file + ".csv"));

            JsonNode dry = run(c, file, true, csv);
            JsonNode real = run(c, file, false, csv);

            assertThat(dry.get("errors")).as(file).isEmpty();
            assertThat(real.get("errors")).as(file).isEmpty();
            assertThat(real.get("created").asInt()).as(file).isEqualTo(dry.get("created").asInt()).isPositive();
        }
        assertThat(get("/communes/" + c + "/counters").body()).hasSize(3);
        assertThat(get("/communes/" + c + "/agents").body()).hasSize(2);
    }

    @Test
    void aDryRunReportsEveryErrorWithItsLineAndAFileWithOneErrorCreatesNothing() {
        String c = commune();
        run(c, "lieux", false, "nom;adresse\nMairie;1 rue Haute\n");
        String counters = "nom;lieu;types;semaine;du;au\n"
                + "Guichet 1;Mairie;;;;\n"
                + "Guichet 2;Gare;;;;\n"
                + "Guichet 1;Mairie;;;;\n"
                + "Guichet 3;Mairie;Passeport;;;\n"
                + "Guichet 4;Mairie;;Inconnue;%s;%s\n".formatted(monday, monday);

        JsonNode dry = run(c, "guichets", true, counters);
        JsonNode real = run(c, "guichets", false, counters);

        assertThat(dry.get("done").asBoolean()).isFalse();
        assertThat(errorsByLine(dry)).containsOnlyKeys(3L, 4L, 5L, 6L);
        assertThat(errorsByLine(dry).get(3L)).contains("Le lieu « Gare » est inconnu");
        assertThat(errorsByLine(dry).get(4L)).contains("« Guichet 1 » figure déjà ligne 2");
        assertThat(errorsByLine(dry).get(5L)).contains("« Passeport » est inconnu");
        assertThat(errorsByLine(dry).get(6L)).contains("« Inconnue » est inconnue");
        dry.get("errors").forEach(error -> assertThat(error.get("file").asText()).isEqualTo("guichets.csv"));
        assertThat(real.get("created").asInt()).isZero();
        assertThat(get("/communes/" + c + "/counters").body()).isEmpty();
        JsonNode weeks = run(c, "semaines", true, "nom;jour;plages\nSoirs;jeudi;18h00-17h00\nSoirs;funday;09h00-10h00\n");
        assertThat(weeks.get("errors").get(0).get("message").asText()).startsWith("Semaine « Soirs » :");
    }

    @Test
    void countersPastTheQuotaAreRefusedWholeNamingTheQuota() {
        String slug = uniqueSlug("quota");
        ServiceClient.on(port, "/api/planning").as(AgentHeaders.platformAdmin()).post("/communes", Map.of("slug", slug,
                "name", "Quota", "subscription", Map.of("populationBand", "UP_TO_5000", "plannings", 1, "sms", false,
                        "voice", false))).expect(201);
        run(slug, "lieux", false, "nom;adresse\nMairie;1 rue Haute\n");

        JsonNode report = run(slug, "guichets", false, "nom;lieu\nG1;Mairie\nG2;Mairie\n");

        assertThat(report.get("errors").get(0).get("message").asText()).contains("quota de plannings", "1 prévu");
        assertThat(get("/communes/" + slug + "/counters").body()).isEmpty();
    }

    @Test
    void onlyTheOperatorOrThisCommunesAdministratorMayImportAndBadInputIsAFrenchProblem() {
        String c = commune();
        String csv = "nom;adresse\nMairie;1 rue Haute\n";

        assertThat(send(AgentHeaders.of(c, Role.AGENT, Role.SERVICE_MANAGER), c, "lieux", true, csv).status())
                .isEqualTo(403);
        assertThat(send(AgentHeaders.of("autre-commune", Role.COMMUNE_ADMIN), c, "lieux", true, csv).status())
                .isEqualTo(403);
        assertThat(send(AgentHeaders.platformAdmin(), c, "lieux", false, csv).expect(200).body()
                .get("created").asInt()).isEqualTo(1);
        ServiceResponse unknownFile = send(AgentHeaders.of(c, Role.COMMUNE_ADMIN), c, "rendez-vous", true, csv);
        assertThat(unknownFile.status()).isEqualTo(404);
        assertThat(unknownFile.contentType()).startsWith("application/problem+json");
        assertThat(unknownFile.text("detail")).contains("lieux, types, semaines, guichets ou agents");
        assertThat(send(AgentHeaders.platformAdmin(), "pas-de-commune", "lieux", true, csv).status()).isEqualTo(404);
    }

    private static Map<Long, String> errorsByLine(JsonNode report) {
        Map<Long, String> errors = new java.util.TreeMap<>();
        List<JsonNode> all = new ArrayList<>();
        report.get("errors").forEach(all::add);
        all.forEach(error -> errors.merge(error.get("line").asLong(), error.get("message").asText(),
                (a, b) -> a + " | " + b));
        return errors;
    }
}
