package fr.creneau.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged platform under a steady load of citizens (one thread per counter, booking and confirming through
 * the gateway), while one part fails. For each fault: no acknowledged booking is missing from the event store, no
 * code nor confirmation is sent twice (but for the window Twilio leaves open when it answers too late), every
 * message arrives once the fault ends, and citizens meanwhile get answers or 503 problem+json, each within
 * {@link #ANSWER_BOUND}. The figures are printed and kept in target/fault-figures.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSurvivesFaults {

    // well below the gateway's own 30 s timeout: no citizen waits until the gateway gives up on a stuck service
    static final Duration ANSWER_BOUND = Duration.ofSeconds(15);
    private static final Duration BROKER_DOWN = Duration.ofSeconds(60);
    private static final int CITIZEN_THREADS = 4;

    private static FakeTwilio twilio;
    private static GreenMail smtp;
    private static Stack stack;
    private static Http gateway;
    private static Commune commune;
    private static Inbox inbox;
    private static EventStore events;

    @BeforeAll
    static void startThePlatform() {
        twilio = new FakeTwilio().start();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String unlimited = "100000";
        Path data = Path.of("target", "fault-stack").toAbsolutePath();
        deleteRecursively(data);
        stack = Stack.builder()
                .rootDirectory(Path.of(System.getProperty("creneau.root", "..")))
                .dataDirectory(data)
                .freePorts()
                .postgresSetting("fsync", "off")
                // a shared 2-core machine under other builds can take more than the default 4 minutes
                .startupTimeout(Duration.ofMinutes(8))
                .environment(Service.NOTIFICATION, "TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID)
                .environment(Service.NOTIFICATION, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                .environment(Service.NOTIFICATION, "TWILIO_FROM", FakeTwilio.FROM)
                .environment(Service.NOTIFICATION, "TWILIO_API_URL", twilio.url())
                .environment(Service.NOTIFICATION, "SMTP_HOST", "127.0.0.1")
                .environment(Service.NOTIFICATION, "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()))
                .environment(Service.NOTIFICATION, "MAIL_FROM", "ne-pas-repondre@creneau.test")
                // every citizen here comes from 127.0.0.1: the per-address limits are tested on their own
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_GENERAL_REQUESTS", unlimited)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_SENSITIVE_REQUESTS", unlimited)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_LOGIN_REQUESTS", unlimited)
                .environment(Service.BOOKING, "SPRING_APPLICATION_JSON", """
                        {"booking": {"rate-limits": {"reservation-per-ip": {"limit": %s, "period": "PT1M"},
                                                     "code-per-ip": {"limit": %s, "period": "PT1M"}}}}
                        """.formatted(unlimited, unlimited))
                .build()
                .start();
        gateway = new Http(stack.gatewayUrl());
        commune = Commune.open(gateway, "pannes", CITIZEN_THREADS);
        inbox = new Inbox(twilio, smtp);
        events = new EventStore(stack.jdbcUrl(Service.BOOKING), stack.databaseUser(), stack.databasePassword());
        report("Fault tests on the packaged platform, %d citizen threads, stack started in %.1f s%n".formatted(
                CITIZEN_THREADS, stack.startupTime().toMillis() / 1000.0));
    }

    @AfterAll
    static void stopThePlatform() {
        if (stack != null) {
            stack.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (twilio != null) {
            twilio.stop();
        }
    }

    @Test
    @Order(1)
    void bookingServiceKilledAndRestarted() throws Exception {
        Outcome outcome = fault().make("booking-service killed (SIGKILL), then started again",
                () -> stack.kill(Service.BOOKING), () -> stack.restart(Service.BOOKING));
        assertSurvived(outcome);
    }

    @Test
    @Order(2)
    void notificationServiceKilledAndRestarted() throws Exception {
        Outcome outcome = fault().make("notification-service killed (SIGKILL) between its sends, then started again",
                () -> stack.kill(Service.NOTIFICATION), () -> stack.restart(Service.NOTIFICATION));
        assertSurvived(outcome);
    }

    @Test
    @Order(3)
    void kafkaBrokerStoppedForAMinute() throws Exception {
        Outcome outcome = fault().make("Kafka broker stopped for %d s, then started again"
                        .formatted(BROKER_DOWN.toSeconds()),
                () -> {
                    stack.stopKafka();
                    Fault.pause(BROKER_DOWN);
                }, () -> stack.startKafka());
        assertSurvived(outcome);
    }

    @Test
    @Order(4)
    void twilioFailsThenTimesOutForAMinute() throws Exception {
        Outcome outcome = fault().make("Twilio answers 500 for 30 s, then too late (40 s) for 30 s",
                () -> {
                    twilio.answerServerError();
                    Fault.pause(Duration.ofSeconds(30));
                    twilio.timeOut();
                    Fault.pause(Duration.ofSeconds(30));
                }, () -> twilio.accept());
        assertSurvived(outcome);
    }

    private static Fault fault() {
        return new Fault(new Citizens(gateway, commune, inbox), inbox, events);
    }

    private static void assertSurvived(Outcome outcome) {
        report(outcome.figures());
        assertThat(outcome.bookings()).as("citizens booked under load").isNotEmpty();
        assertThat(outcome.heldButNotStored()).as("holds acknowledged (201) but not in the event store").isEmpty();
        assertThat(outcome.confirmedButNotStored()).as("confirmations acknowledged (200) but not in the event store")
                .isEmpty();
        assertThat(outcome.sentTwice()).as("codes or confirmations accepted twice by Twilio or SMTP").isZero();
        assertThat(outcome.undelivered()).as("codes and confirmations never delivered").isEmpty();
        assertThat(outcome.undocumentedAnswers()).as("answers other than success or 503 problem+json").isEmpty();
        assertThat(outcome.slowest()).as("the slowest answer").isLessThanOrEqualTo(ANSWER_BOUND);
    }

    private static void report(String figures) {
        System.out.print(figures);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fault-figures.txt"), figures, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each run starts from empty databases and topics: its counts are its own. */
    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
