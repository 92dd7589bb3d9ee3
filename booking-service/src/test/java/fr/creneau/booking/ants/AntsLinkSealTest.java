package fr.creneau.booking.ants;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.creneau.booking.ants.command.LegacyLinks;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.FakeAnts;
import fr.creneau.testsupport.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The management links kept for the ANTS hold the secret of a citizen's manage page: the database keeps them
 * sealed, and only what is sent to the ANTS, or shown to it, is the link itself.
 */
class AntsLinkSealTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LegacyLinks legacy;

    @Test
    void theDatabaseKeepsNoManagementLinkInClearAndTheAntsGetsItWhole() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "ACCEPT").expect(200);
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        String appointmentId = AntsFixture.created(commune.bookAtTheDesk(commune.nine, number));

        LoggedRequest declared = await().atMost(Duration.ofSeconds(30))
                .until(() -> ants.appointments("POST", number), list -> list.size() == 1).get(0);
        String link = declared.queryParameter("management_url").firstValue();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(link).startsWith("https://rdv.example.fr/gerer/");
        assertThat(token).hasSizeGreaterThan(20);

        List<String> kept = jdbc.sql("""
                        SELECT management_url FROM ants_appointment WHERE appointment_id = :id
                        UNION ALL SELECT management_url FROM ants_outbox WHERE appointment_id = :id""")
                .param("id", appointmentId).query(String.class).list();
        assertThat(kept).hasSize(2).allSatisfy(value -> assertThat(value).startsWith("v1:").doesNotContain(token)
                .doesNotContain("gerer"));
        assertThat(searchAsTheAnts(number)).contains(link);
    }

    @Test
    void aLinkKeptInClearBeforeIsSealedAtStartAndStillShown() {
        String appointmentId = "legacy-" + UUID.randomUUID();
        String number = FakeAnts.newNumber();
        String link = "https://rdv.example.fr/gerer/" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ants_appointment (appointment_id, commune_id, place_id, place_name, starts_at,
                            management_url, declared, active)
                        VALUES (:id, 'ancienne', 'p', 'Mairie', :at, :link, TRUE, TRUE)""")
                .param("id", appointmentId).param("at", Timestamp.from(Instant.now().plus(Duration.ofDays(3))))
                .param("link", link).update();
        jdbc.sql("INSERT INTO ants_appointment_number (ants_number, appointment_id) VALUES (:n, :id)")
                .param("n", number).param("id", appointmentId).update();

        assertThat(legacy.sealAll()).isPositive();

        assertThat(jdbc.sql("SELECT management_url FROM ants_appointment WHERE appointment_id = :id")
                .param("id", appointmentId).query(String.class).single()).startsWith("v1:").doesNotContain(link);
        assertThat(searchAsTheAnts(number)).contains(link);
        assertThat(legacy.sealAll()).isZero();
    }

    private String searchAsTheAnts(String number) {
        return ServiceClient.exchange(ServiceClient.on(port, "").rest().get()
                        .uri("/api/booking/ants/searchApplicationIds?application_ids=" + number)
                        .header("X-HUB-RDV-AUTH-TOKEN", FakeAnts.EDITOR_TOKEN))
                .expect(200).body().toString();
    }
}
