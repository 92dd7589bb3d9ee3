package fr.creneau.notification.delivery;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A code goes out on the fast lane, as soon as its notice is recorded, with db-scheduler polling once an hour: had it
 * waited for the scheduler, it would not arrive within the test. Its durable send task is gone with the send.
 */
@SpringBootTest
@DirtiesContext
class FastLaneTest {

    private static final WireMockServer twilio = FastLaneService.twilio();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        FastLaneService.register(registry, "fast-lane", twilio);
        registry.add("db-scheduler.polling-interval", () -> "1h");
    }

    @AfterAll
    static void stopTwilio() {
        twilio.stop();
    }

    @Test
    void theCodeArrivesAtOnceWithoutTheSchedulersPollAndOnlyOnce() {
        List<String> mobiles = List.of(mobile(), mobile(), mobile());

        mobiles.forEach(mobile -> KafkaProbe.send("notification.otp", "fast", code(mobile)));

        await().atMost(Duration.ofSeconds(20)).until(() -> mobiles.stream()
                .allMatch(mobile -> Notices.statuses(jdbc, mobile).equals(List.of("SENT"))));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() -> mobiles.forEach(
                mobile -> assertThat(FakeTwilio.messagesTo(twilio, FastLaneService.ACCOUNT_SID, mobile)).hasSize(1)));
        mobiles.forEach(mobile -> assertThat(Notices.outcomes(jdbc, mobile)).containsExactly("SENT"));
        assertThat(sendTasksOf(mobiles)).as("the sent notices' durable send tasks").isZero();
    }

    private long sendTasksOf(List<String> mobiles) {
        return jdbc.sql("""
                        SELECT count(*) FROM scheduled_tasks t JOIN notice n ON t.task_instance = n.id::text
                        WHERE t.task_name = 'send-notice' AND n.recipient IN (:mobiles)""")
                .param("mobiles", mobiles).query(Long.class).single();
    }

    static String code(String mobile) {
        return """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-fast","code":"515151",
                 "fullName":"Jeanne Martin","mobile":"%s","expiresAt":"%s"}"""
                .formatted(UUID.randomUUID(), Instant.now(), mobile, Instant.now().plusSeconds(600));
    }

    static String mobile() {
        return "+33677" + String.format("%06d", (int) (Math.random() * 1_000_000));
    }
}
