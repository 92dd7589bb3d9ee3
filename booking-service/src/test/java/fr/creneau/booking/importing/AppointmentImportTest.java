package fr.creneau.booking.importing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentImportTest extends BookingIntegrationTest {

    private static final String HEADER = "reference;type;guichet;debut;nom;email;mobile;numeros_ants\n";

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(12);
    private final Instant nine = PlanningFeed.nineOn(day);

    @Autowired
    private JdbcClient jdbc;

    private BookingClient bookings;
    private ImportClient imports;

    @BeforeEach
    void openTheCounter() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        bookings = new BookingClient(http, feed);
        imports = new ImportClient(http.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN)), feed.communeId);
    }

    @Test
    void aDryRunReportsEveryErrorWithItsFileAndLineInFrenchAndBooksNothing() {
        String importId = imports.upload("rendez-vous.csv", HEADER
                + "A1;Carte d'identité;Guichet 1;%s 09h00;Jeanne Import;a1@example.fr;;AB12CD34EF\n".formatted(day)
                + "A2;Passeport;Guichet 1;%s 09h20;Paul Import;a2@example.fr;;\n".formatted(day)
                + "A3;Carte d'identité;Guichet 1;demain matin;Luc Import;;;\n"
                + "A4;Carte d'identité;Guichet 1;%s 09h00;Léa Import;a4@example.fr;;\n".formatted(day.plusDays(1))
                + "A5;Carte d'identité;Guichet 1;%s 09h00;Max Import;a5@example.fr;;\n".formatted(day)
                + "A1;Carte d'identité;Guichet 1;%s 10h00;Zoé Import;a6@example.fr;;\n".formatted(day)
                + "A7;Carte d'identité;Guichet 1;%s 10h20;Eva Import;a7@example.fr;;AB12CD34EF\n".formatted(day));

        JsonNode report = imports.run(importId, true, false);

        assertThat(report.get("status").asText()).isEqualTo("REFUSED");
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        Map<Long, String> errors = errorsByLine(report);
        assertThat(errors).containsOnlyKeys(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(errors.get(3L)).contains("« Passeport » est inconnu");
        assertThat(errors.get(4L)).contains("« demain matin » n'est pas une date")
                .contains("adresse e-mail ou un numéro de mobile");
        assertThat(errors.get(5L)).contains("n'est pas ouvert");
        assertThat(errors.get(6L)).contains("dépasse la capacité");
        assertThat(errors.get(7L)).contains("La référence « A1 » figure déjà ligne 2");
        assertThat(errors.get(8L)).contains("ANTS « AB12CD34EF » figure déjà ligne 2");
        report.get("errors").forEach(error -> assertThat(error.get("file").asText()).isEqualTo("rendez-vous.csv"));
        assertThat(bookings.remaining(day, nine)).isEqualTo(1);
        assertThat(importedOf(feed.communeId)).isZero();
    }

    @Test
    void aRealRunWithOneAppointmentOverCapacityBooksNoneOfTheFile() {
        String importId = imports.upload("rendez-vous.csv", HEADER
                + "B1;Carte d'identité;Guichet 1;%s 09h20;Jeanne Import;b1@example.fr;;\n".formatted(day)
                + "B2;Carte d'identité;Guichet 1;%s 09h00;Paul Import;b2@example.fr;;\n".formatted(day)
                + "B3;Carte d'identité;Guichet 1;%s 09h00;Luc Import;b3@example.fr;;\n".formatted(day));

        JsonNode report = imports.run(importId, false, false);

        assertThat(report.get("status").asText()).isEqualTo("REFUSED");
        assertThat(errorsByLine(report)).containsOnlyKeys(4L);
        assertThat(report.get("created").asInt()).isZero();
        assertThat(bookings.remaining(day, nine)).isEqualTo(1);
        assertThat(bookings.remaining(day, nine.plus(Duration.ofMinutes(20)))).isEqualTo(1);
        assertThat(importedOf(feed.communeId)).isZero();
    }

    @Test
    void aRealRunBooksEachLineSealedAndWithoutConfirmationAndASecondRunCreatesNothing() {
        String csv = HEADER
                + "C1;Carte d'identité;Guichet 1;%s 09h00;Jeanne Importée;c1@example.fr;;ZX12CV34BN\n".formatted(day)
                + "\"C2\";\"carte d'identité\";\"Guichet 1\";\"%s 09:20\";\"Dupont; Paul\";;06 12 34 56 78;\n"
                .formatted(day);
        String importId = imports.upload("rendez-vous.csv", csv);

        JsonNode first = imports.run(importId, false, false);

        assertThat(first.get("status").asText()).isEqualTo("DONE");
        assertThat(first.get("errors")).isEmpty();
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(bookings.remaining(day, nine)).isZero();
        assertThat(bookings.remaining(day, nine.plus(Duration.ofMinutes(20)))).isZero();
        String appointmentId = jdbc.sql("SELECT appointment_id FROM imported_appointment "
                + "WHERE commune_id = :c AND reference = 'C1'").param("c", feed.communeId).query(String.class).single();
        try (KafkaProbe events = new KafkaProbe("booking.events")) {
            JsonNode confirmed = KafkaProbe.parse(events.await(json -> appointmentId.equals(
                    json.path("appointmentId").asText()), Duration.ofSeconds(30)).value());
            assertThat(confirmed.get("type").asText()).startsWith("AppointmentConfirmed");
            assertThat(confirmed.get("confirmationWithheld").asBoolean()).isTrue();
        }
        assertThat(BookingClient.awaitContact(appointmentId, json -> true).get("fullName").asText())
                .isEqualTo("Jeanne Importée");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%AppointmentBooked'
                        AND convert_from(payload, 'UTF8') LIKE :id AND convert_from(payload, 'UTF8') NOT LIKE '%Jeanne%'
                        AND convert_from(payload, 'UTF8') NOT LIKE '%c1@example.fr%'""")
                .param("id", "%" + appointmentId + "%").query(Long.class).single()).isEqualTo(1);

        JsonNode second = imports.run(imports.upload("rendez-vous.csv", csv), false, true);

        assertThat(second.get("status").asText()).isEqualTo("DONE");
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(importedOf(feed.communeId)).isEqualTo(2);
    }

    @Test
    void onlyTheOperatorOrThisCommunesAdministratorMayImport() {
        String path = "/api/booking/imports/communes/%s/appointments".formatted(feed.communeId);
        Map<String, String> body = Map.of("fileName", "rendez-vous.csv");

        assertThat(http.post(path, body).status()).isEqualTo(401);
        assertThat(http.as(AgentHeaders.of("une-autre-commune", Role.COMMUNE_ADMIN)).post(path, body).status())
                .isEqualTo(403);
        JsonNode agent = http.as(AgentHeaders.of(feed.communeId, Role.AGENT, Role.SERVICE_MANAGER)).post(path, body)
                .expect(403).body();
        assertThat(agent.get("detail").asText()).contains("administrateur de la commune");
        assertThat(http.as(AgentHeaders.platformAdmin()).post(path, body).status()).isEqualTo(201);
        String theirs = http.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN)).post(path, body).text("importId");
        assertThat(new ImportClient(http.as(AgentHeaders.of("une-autre-commune", Role.COMMUNE_ADMIN)),
                "une-autre-commune").report(theirs).status()).isEqualTo(404);
    }

    @Test
    void badInputIsA4xxProblemInFrench() {
        var admin = http.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN));
        String path = "/api/booking/imports/communes/%s/appointments".formatted(feed.communeId);

        var blank = admin.post(path, Map.of("fileName", " "));
        var unknown = admin.get(path + "/pas-un-import");
        var missingColumns = imports.run(imports.upload("vide.csv", "nom;couleur\nJeanne;bleu\n"), true, false);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.body().get("detail").asText()).contains("nom du fichier");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).contains("est inconnu");
        assertThat(missingColumns.get("status").asText()).isEqualTo("REFUSED");
        assertThat(errorsByLine(missingColumns).get(1L)).contains("« couleur » est inconnue")
                .contains("« reference » manque");
    }

    private static Map<Long, String> errorsByLine(JsonNode report) {
        Map<Long, String> errors = new java.util.TreeMap<>();
        List<JsonNode> all = new ArrayList<>();
        report.get("errors").forEach(all::add);
        all.forEach(error -> errors.merge(error.get("line").asLong(), error.get("message").asText(),
                (a, b) -> a + " | " + b));
        return errors;
    }

    private long importedOf(String communeId) {
        return jdbc.sql("SELECT count(*) FROM imported_appointment WHERE commune_id = :c").param("c", communeId)
                .query(Long.class).single();
    }
}
