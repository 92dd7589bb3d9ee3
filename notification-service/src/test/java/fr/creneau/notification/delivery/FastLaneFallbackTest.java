package fr.creneau.notification.delivery;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fr.creneau.notification.delivery.command.FastLaneThreads;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What sends a notice when the fast lane does not: its durable send task, due {@code fallback-after} (3 s here) after
 * the notice was recorded, or at once when the lane refuses it, starts it late, or fails. Each notice goes out once.
 */
@SpringBootTest
@DirtiesContext
class FastLaneFallbackTest {

    private static final WireMockServer twilio = FastLaneService.twilio();

    /** What the fast lane's threads do with the next notices, as a crash, a full queue or a stalled lane would. */
    enum Lane { RUNS, DROPS, REFUSES, STARTS_LATE }

    static final AtomicReference<Lane> lane = new AtomicReference<>(Lane.RUNS);

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        FastLaneService.register(registry, "fast-lane-fallback", twilio);
        registry.add("creneau.notification.delivery.fast-lane.fallback-after", () -> "3s");
        registry.add("creneau.notification.delivery.fast-lane.start-within", () -> "1s");
        registry.add("creneau.notification.delivery.first-retry", () -> "300ms");
        registry.add("db-scheduler.polling-interval", () -> "200ms");
    }

    @AfterAll
    static void stopTwilio() {
        twilio.stop();
    }

    @AfterEach
    void laneRunsAgain() {
        lane.set(Lane.RUNS);
    }

    @Test
    void aNoticeWhoseFastLaneNeverRanIsSentByItsTaskOnceDue() {
        lane.set(Lane.DROPS);
        String mobile = FastLaneTest.mobile();

        KafkaProbe.send("notification.otp", "crash", FastLaneTest.code(mobile));

        await().atMost(Duration.ofSeconds(30)).until(() -> accepted(mobile) == 1);
        assertSentOnce(mobile);
    }

    @Test
    void aNoticeTheFastLaneRefusesIsSentByItsTaskAtOnce() {
        lane.set(Lane.REFUSES);
        String mobile = FastLaneTest.mobile();

        KafkaProbe.send("notification.otp", "full", FastLaneTest.code(mobile));

        await().atMost(Duration.ofSeconds(30)).until(() -> accepted(mobile) == 1);
        assertSentOnce(mobile);
    }

    @Test
    void aNoticeTheFastLaneReachesTooLateIsLeftToItsTask() {
        lane.set(Lane.STARTS_LATE);
        String mobile = FastLaneTest.mobile();

        KafkaProbe.send("notification.otp", "late", FastLaneTest.code(mobile));

        await().atMost(Duration.ofSeconds(30)).until(() -> accepted(mobile) == 1);
        assertSentOnce(mobile);
    }

    @Test
    void aSendFailingOnTheFastLaneIsRetriedByTheTaskAndSentOnce() {
        String mobile = FastLaneTest.mobile();
        twilio.stubFor(post(urlEqualTo(FakeTwilio.messagesPath(FastLaneService.ACCOUNT_SID))).atPriority(1)
                .inScenario("first fails " + mobile).whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(containing("To=" + URLEncoder.encode(mobile, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20500,\"message\":\"Internal error\",\"status\":400}"))
                .willSetStateTo("failed once"));

        KafkaProbe.send("notification.otp", "fails", FastLaneTest.code(mobile));

        await().atMost(Duration.ofSeconds(30)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("SENT")));
        assertThat(Notices.outcomes(jdbc, mobile)).containsExactly("FAILED", "SENT");
        assertSentOnce(mobile);
    }

    @Test
    void aNoticeSentOnTheFastLaneIsNotSentAgainWhenItsTaskWouldHaveBeenDue() {
        String mobile = FastLaneTest.mobile();

        KafkaProbe.send("notification.otp", "once", FastLaneTest.code(mobile));

        await().atMost(Duration.ofSeconds(20)).until(() -> accepted(mobile) == 1);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).until(() -> accepted(mobile) == 1);
        assertThat(Notices.outcomes(jdbc, mobile)).containsExactly("SENT");
    }

    private void assertSentOnce(String mobile) {
        await().atMost(Duration.ofSeconds(5)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("SENT")));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> accepted(mobile) == 1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM scheduled_tasks t JOIN notice n ON t.task_instance = n.id::text
                        WHERE t.task_name = 'send-notice' AND n.recipient = :mobile""")
                .param("mobile", mobile).query(Long.class).single()).as("its send task, once sent").isZero();
    }

    private long accepted(String mobile) {
        return twilio.getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 201)
                .filter(event -> mobile.equals(FakeTwilio.form(event.getRequest()).get("To")))
                .count();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SwitchableLane {

        @Bean
        @Primary
        FastLaneThreads switchableFastLane() {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            return new FastLaneThreads(command -> {
                switch (lane.get()) {
                    case DROPS -> { }
                    case REFUSES -> throw new RejectedExecutionException("full, as the test asks");
                    case STARTS_LATE -> CompletableFuture.runAsync(command,
                            CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS, threads));
                    case RUNS -> threads.execute(command);
                }
            });
        }
    }
}
