package fr.creneau.notification.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.sms.domain.SmsSegments;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SmsLogTest extends NotificationIntegrationTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Test
    void everySmsACommuneSendsIsLoggedWithItsSegmentsAndCost() throws Exception {
        String commune = "log-" + Events.newId().substring(0, 8);
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));

        String body = citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body");
        int segments = SmsSegments.of(body).segments();
        await().atMost(Duration.ofSeconds(10)).until(() -> log(commune).get("count").asInt() == 1);
        JsonNode log = log(commune);
        assertThat(log.get("segments").asInt()).isEqualTo(segments).isEqualTo(2);
        assertThat(log.get("cost").decimalValue()).isEqualByComparingTo("0.14");
        JsonNode sms = log.get("messages").get(0);
        assertThat(sms.get("to").asText()).isEqualTo(citizen.mobile());
        assertThat(sms.get("kind").asText()).isEqualTo("CONFIRMATION");
        assertThat(log(commune + "-other").get("count").asInt()).isZero();
    }

    @Test
    void everyAttemptOfAnAppointmentsNoticesCanBeRead() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));

        citizen.awaitEmail(smtp, 1);
        citizen.awaitSms(twilio, ACCOUNT_SID, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(citizen).size() == 2
                && notices(citizen).findValuesAsText("status").stream().allMatch("SENT"::equals));
        JsonNode notices = notices(citizen);
        assertThat(notices.findValuesAsText("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
        notices.forEach(notice -> assertThat(notice.get("attempts").get(0).get("outcome").asText()).isEqualTo("SENT"));
    }

    private JsonNode log(String commune) throws Exception {
        return http.get("/api/notifications/communes/{c}/sms-log?from=2020-01-01&to=2099-12-31", commune).body();
    }

    private JsonNode notices(Citizen citizen) throws Exception {
        return http.get("/api/notifications/communes/villeneuve/appointments/{a}/notices", citizen.appointmentId())
                .body();
    }
}
