package fr.creneau.booking.importing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A file booked one counter-day at a time, still all or nothing; what a dry run sees; a run seen from any instance. */
class ImportByDayTest extends BookingIntegrationTest {

    private static final String HEADER = "reference;type;guichet;debut;nom;email;mobile;numeros_ants\n";

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(12);
    private final LocalDate nextDay = day.plusDays(1);

    @Autowired
    private JdbcClient jdbc;

    private BookingClient bookings;
    private ImportClient imports;

    @BeforeEach
    void openTheCounterTwoDays() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        feed.deliver(planningEvents, feed.opening(nextDay, 1, Instant.now()));
        bookings = new BookingClient(http, feed);
        imports = new ImportClient(http.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN)), feed.communeId);
    }

    @Test
    void aDryRunNamesTheLineOfAPersonWhoAlreadyHasAnAppointmentOfTheType() {
        bookings.post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId), Map.of("channel",
                "PHONE", "appointment", Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                        "start", PlanningFeed.nineOn(nextDay).plusSeconds(3600).toString(), "persons", 1,
                        "citizen", Map.of("fullName", "Déjà Inscrite", "email", "deja@example.fr")))).expect(201);
        String importId = imports.upload("rendez-vous.csv", HEADER
                + "D1;Carte d'identité;Guichet 1;%s 09h00;Jeanne Import;d1@example.fr;;\n".formatted(day)
                + "D2;Carte d'identité;Guichet 1;%s 09h20;Déjà Inscrite;DEJA@example.fr;;\n".formatted(day));

        JsonNode dry = imports.run(importId, true, false);
        JsonNode real = imports.run(importId, false, false);

        for (JsonNode report : new JsonNode[] {dry, real}) {
            assertThat(report.get("status").asText()).isEqualTo("REFUSED");
            assertThat(report.get("errors")).hasSize(1);
            JsonNode error = report.get("errors").get(0);
            assertThat(error.get("line").asLong()).isEqualTo(3);
            assertThat(error.get("file").asText()).isEqualTo("rendez-vous.csv");
            assertThat(error.get("message").asText()).contains("a déjà un rendez-vous « Carte d'identité » en cours");
        }
        assertThat(bookings.remaining(day, PlanningFeed.nineOn(day))).isEqualTo(1);
    }

    @Test
    void aRealRunWhoseLaterDayIsRefusedWithdrawsTheDayAlreadyBookedAndARunOnceFixedBooksIt() {
        String first = "E1;Carte d'identité;Guichet 1;%s 09h00;Jeanne Import;e1@example.fr;;\n".formatted(day);
        String importId = imports.upload("rendez-vous.csv", HEADER + first
                + "E2;Carte d'identité;Guichet 1;%s 09h00;Paul Import;e2@example.fr;;\n".formatted(nextDay)
                + "E3;Carte d'identité;Guichet 1;%s 09h00;Luc Import;e3@example.fr;;\n".formatted(nextDay));

        JsonNode refused = imports.run(importId, false, false);

        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("created").asInt()).isZero();
        assertThat(refused.toString()).contains("dépasse la capacité").contains("ont été annulés");
        assertThat(bookings.remaining(day, PlanningFeed.nineOn(day))).isEqualTo(1);
        assertThat(bookings.remaining(nextDay, PlanningFeed.nineOn(nextDay))).isEqualTo(1);
        assertThat(imported()).isZero();

        JsonNode fixed = imports.run(imports.upload("rendez-vous.csv", HEADER + first
                + "E2;Carte d'identité;Guichet 1;%s 09h00;Paul Import;e2@example.fr;;\n".formatted(nextDay)), false,
                false);

        assertThat(fixed.get("status").asText()).isEqualTo("DONE");
        assertThat(fixed.get("created").asInt()).isEqualTo(2);
        assertThat(bookings.remaining(day, PlanningFeed.nineOn(day))).isZero();
        assertThat(imported()).isEqualTo(2);
    }

    @Test
    void aBusyDayIsCommittedInPartsAndWithdrawnWholeWhenItsLastPartIsRefused() {
        LocalDate busy = day.plusDays(2);
        int agents = 25;
        feed.deliver(planningEvents, feed.opening(busy, agents, Instant.now()));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 0; n < 9 * agents + 1; n++) {
            csv.append("G%d;Carte d'identité;Guichet 1;%s %s;Citoyen %d;g%d@example.fr;;\n".formatted(n, busy,
                    java.time.LocalTime.of(9, 0).plusMinutes(20L * (n % 9)).toString().replace(':', 'h'), n, n));
        }

        JsonNode refused = imports.run(imports.upload("rendez-vous.csv", csv.toString()), false, false);

        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.toString()).contains("dépasse la capacité").contains("ont été annulés");
        assertThat(bookings.remaining(busy, PlanningFeed.nineOn(busy))).isEqualTo(agents);
        assertThat(imported()).isZero();
    }

    @Test
    void aRunGoingOnInAnotherInstanceIsSeenWithItsProgressAndNotStartedTwice() {
        String importId = imports.upload("rendez-vous.csv", HEADER
                + "F1;Carte d'identité;Guichet 1;%s 09h00;Jeanne Import;f1@example.fr;;\n".formatted(day));
        jdbc.sql("""
                        UPDATE appointment_import SET running_since = :now, report = :report
                        WHERE import_id = :id""").param("now", Timestamp.from(Instant.now())).param("id", importId)
                .param("report", "{\"status\":\"RUNNING\",\"dryRun\":false,\"lines\":100,\"processed\":40,"
                        + "\"created\":0,\"alreadyImported\":0,\"errors\":[]}").update();

        JsonNode progress = imports.report(importId).expect(200).body();
        var second = http.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN)).post(
                "/api/booking/imports/communes/%s/appointments/%s/runs".formatted(feed.communeId, importId),
                Map.of("dryRun", true));

        assertThat(progress.get("status").asText()).isEqualTo("RUNNING");
        assertThat(progress.get("lines").asInt()).isEqualTo(100);
        assertThat(progress.get("processed").asInt()).isEqualTo(40);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("déjà en cours");
    }

    private long imported() {
        return jdbc.sql("SELECT count(*) FROM imported_appointment WHERE commune_id = :c").param("c", feed.communeId)
                .query(Long.class).single();
    }
}
