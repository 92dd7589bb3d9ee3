package fr.creneau.notification.agenda;

import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.agenda.command.DailyAgenda;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DailyAgendaTest extends NotificationIntegrationTest {

    @Autowired
    DailyAgenda agenda;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAgentsGetTomorrowsAppointmentsOnceADay() {
        String commune = "agenda-" + Events.newId().substring(0, 8);
        String agent = "planning@" + commune + ".example.fr";
        http.put("/api/notifications/communes/{c}/agents",
                Map.of("emails", List.of(agent), "dailyAgenda", true, "dailyAgendaTime", "00:00"), commune);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), WallClock.PARIS).plusDays(1);
        Instant tenOClock = tomorrow.atTime(LocalTime.of(10, 0)).atZone(WallClock.PARIS).toInstant();
        Citizen citizen = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(tenOClock)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM appointment_view WHERE appointment_id = :a").param("a", citizen.appointmentId())
                .query(Integer.class).single() == 1);

        agenda.sendDue();
        agenda.sendDue();

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, agent).size() == 1);
        String text = Mailbox.text(Mailbox.of(smtp, agent).get(0));
        assertThat(text).contains("Voici les rendez-vous du " + WallClock.date(tenOClock, WallClock.PARIS) + " :");
        assertThat(text).contains("- 10h00 Carte d'identité (CNI), Jeanne Martin, 1 pers. - Mairie, Guichet 1");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> Mailbox.of(smtp, agent).size() == 1);
    }
}
