package fr.creneau.notification.reminder;

import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReminderTest extends NotificationIntegrationTest {

    @Autowired
    AppointmentTypes types;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReminderGoesFortyEightHoursBeforeTheAppointmentByDefault() {
        String appointmentId = Events.newId();
        String mobile = mobile(appointmentId);
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Events.publish(Events.contact(appointmentId, mobile, null));
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(start)));

        await().atMost(Duration.ofSeconds(20)).until(() -> reminderTimes(appointmentId).size() == 1);
        assertThat(reminderTimes(appointmentId)).containsExactly(start.minus(Duration.ofHours(48)));
        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 1);

        clock.advance(Duration.ofHours(23));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 1);

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 2);
        assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).get(1).get("Body")).startsWith("Rappel : RDV Carte d'identité le ");
        assertThat(reminderTimes(appointmentId)).isEmpty();
    }

    @Test
    void aTypeCanHaveSeveralRemindersOverridingTheCommunesDelay() {
        String commune = "rem-" + Events.newId().substring(0, 8);
        http.put("/api/notifications/communes/{c}/reminders", Map.of("delays", List.of("24h")), commune);
        types.record(commune, "cni");
        http.put("/api/notifications/communes/{c}/appointment-types/cni/reminders", Map.of("delays", List.of("2h", "48h")), commune);
        String appointmentId = Events.newId();
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, appointmentId,
                Events.appointment(start)));

        await().atMost(Duration.ofSeconds(20)).until(() -> reminderTimes(appointmentId).size() == 2);
        assertThat(reminderTimes(appointmentId)).containsExactly(start.minus(Duration.ofHours(48)),
                start.minus(Duration.ofHours(2)));
        assertThat(http.get("/api/notifications/communes/{c}/reminders", commune).bodyAs(Map.class))
                .containsEntry("delays", List.of("24h"));
    }

    @Test
    void aMovedAppointmentMovesItsReminder() {
        String appointmentId = Events.newId();
        Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        Instant newStart = start.plus(Duration.ofDays(2)).plus(Duration.ofHours(3));
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(start)));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminderTimes(appointmentId).size() == 1);

        Events.publish(new AppointmentRescheduled(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(newStart), start, start.plus(Duration.ofMinutes(20)), "mairie", "g1", CancelledBy.CITIZEN));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> reminderTimes(appointmentId).equals(List.of(newStart.minus(Duration.ofHours(48)))));
    }

    @Test
    void aCancelledAppointmentLosesItsReminders() {
        String appointmentId = Events.newId();
        Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(start)));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminderTimes(appointmentId).size() == 1);

        Events.publish(new AppointmentCancelled(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(start), CancelledBy.CITIZEN, null, null, List.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> reminderTimes(appointmentId).isEmpty());
    }

    @Test
    void aReminderWhoseTimeHasAlreadyPassedIsNotScheduled() {
        String appointmentId = Events.newId();
        String eventId = Events.newId();
        Events.publish(new AppointmentConfirmed(eventId, Instant.now(), "villeneuve", appointmentId,
                Events.appointment(Instant.now().plus(Duration.ofHours(5)))));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :e")
                .param("e", eventId).query(Integer.class).single() == 1);
        assertThat(reminderTimes(appointmentId)).isEmpty();
    }

    @Test
    void invalidDelaysAreRefusedWithAFrenchProblem() {
        var response = http.put("/api/notifications/communes/villeneuve/reminders",
                Map.of("delays", List.of("bientôt")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.bodyAsString()).contains("« bientôt » n'est pas valide");
    }

    private List<Instant> reminderTimes(String appointmentId) {
        return jdbc.sql("""
                        SELECT execution_time FROM scheduled_tasks
                        WHERE task_name = 'reminder' AND task_instance LIKE :prefix ORDER BY execution_time""")
                .param("prefix", appointmentId + "/%")
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    private static String mobile(String seed) {
        return "+33622" + String.format("%06d", Math.abs(seed.hashCode()) % 1_000_000);
    }
}
