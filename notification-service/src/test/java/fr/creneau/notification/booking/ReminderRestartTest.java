package fr.creneau.notification.booking;

import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.NotificationApplication;
import fr.creneau.notification.booking.command.BookingEventNotices;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.MutableClock;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two successive runs of the service on one database: a reminder scheduled by the first fires in the second. */
class ReminderRestartTest extends NotificationIntegrationTest {

    @Test
    void aReminderScheduledBeforeARestartFiresAfterIt() {
        String database = TestInfrastructure.newDatabase("notification_restart");
        MutableClock time = new MutableClock();
        String mobile = "+33688" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String appointmentId = Events.newId();
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);

        try (ConfigurableApplicationContext first = start(database, time)) {
            first.getBean(JdbcClient.class).sql("""
                            INSERT INTO appointment_contact (appointment_id, commune_id, full_name, mobile, manage_token)
                            VALUES (:id, 'villeneuve', 'Jeanne Martin', :mobile, 'tok')""")
                    .param("id", appointmentId).param("mobile", mobile).update();
            first.getBean(BookingEventNotices.class).handle(new AppointmentConfirmed(Events.newId(), Instant.now(),
                    "villeneuve", appointmentId, Events.appointment(start)));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 1);
        }

        time.advance(Duration.ofDays(1).plusMinutes(1));
        try (ConfigurableApplicationContext second = start(database, time)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 2);
        }
        assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).get(1).get("Body")).startsWith("Rappel : ");
    }

    private static ConfigurableApplicationContext start(String database, MutableClock time) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + database,
                "spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                "creneau.notification.twilio.account-sid=" + ACCOUNT_SID,
                "creneau.notification.twilio.auth-token=secret-token",
                "creneau.notification.twilio.from=+33700000000",
                "creneau.notification.twilio.api-url=" + twilio.baseUrl(),
                "db-scheduler.polling-interval=200ms",
                // reminders by SMS only: this installation has no SMTP server, so e-mail is off
                "creneau.notification.channels=SMS"));
        for (String binding : List.of("oneTimeCodes", "contacts", "bookingEvents", "deadLetters")) {
            properties.add("spring.cloud.stream.bindings." + binding + "-in-0.consumer.auto-startup=false");
            properties.add("spring.cloud.stream.bindings." + binding + "-in-0.group=notification-restart");
        }
        return new SpringApplicationBuilder(NotificationApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", time))
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }
}
