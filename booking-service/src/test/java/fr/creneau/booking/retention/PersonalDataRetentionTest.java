package fr.creneau.booking.retention;

import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.reference.view.AppointmentReferences;
import fr.creneau.booking.retention.command.PersonalDataRetention;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PersonalDataRetentionTest extends BookingIntegrationTest {

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    ContactVault vault;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentReferences references;

    @Test
    void twentyFourMonthsAfterTheAppointmentItsPersonalDataIsErasedEverywhere() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(10);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        String appointmentId = new BookingClient(http, feed).bookByPhone(nineOn(day));
        String token = BookingClient.awaitManageToken(appointmentId);
        String sealed = sealedContactInEventStore(appointmentId);
        String reference = references.of(appointmentId).orElseThrow();
        assertThat(vault.open(appointmentId, sealed)).isPresent();
        Instant end = nineOn(day).plus(Duration.ofMinutes(20));

        retention.eraseDue(end.atOffset(ZoneOffset.UTC).plusMonths(23).toInstant());
        assertThat(vault.open(appointmentId, sealed)).isPresent();
        assertThat(references.appointmentOf(feed.communeId, reference)).contains(appointmentId);

        retention.eraseDue(end.atOffset(ZoneOffset.UTC).plusMonths(24).plusDays(1).toInstant());

        assertThat(vault.open(appointmentId, sealed)).isEmpty();
        assertThat(http.get("/api/booking/manage/" + token).status()).isEqualTo(404);
        assertThat(references.of(appointmentId)).as("the reference is free for the commune's next appointments").isEmpty();
        assertThat(references.appointmentOf(feed.communeId, reference)).isEmpty();
        try (KafkaProbe contacts = new KafkaProbe("booking.contacts")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> contacts.drain(Duration.ofMillis(300)).stream()
                    .anyMatch(record -> appointmentId.equals(record.key()) && record.value() == null));
        }
        assertThat(jdbc.sql("SELECT personal_data_erased FROM appointment WHERE appointment_id = :id")
                .param("id", appointmentId).query(Boolean.class).single()).isTrue();
    }

    private String sealedContactInEventStore(String appointmentId) {
        String payload = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE payloadtype LIKE '%AppointmentBooked' AND convert_from(payload, 'UTF8') LIKE :id""")
                .param("id", "%" + appointmentId + "%")
                .query(String.class).single();
        assertThat(payload).doesNotContain("Jeanne").doesNotContain("@example.fr");
        return KafkaProbe.parse(payload).get("sealedContact").asText();
    }
}
