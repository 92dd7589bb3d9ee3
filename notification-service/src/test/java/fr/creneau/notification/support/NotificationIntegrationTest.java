package fr.creneau.notification.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The service against real PostgreSQL and Kafka (test-support), a GreenMail SMTP server and a WireMock fake of
 * Twilio's Messages API. Every test class extending it shares one Spring context; tests keep apart by using ids
 * of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@Import(NotificationIntegrationTest.TestClock.class)
public abstract class NotificationIntegrationTest {

    protected static final String ACCOUNT_SID = "ACtest0000000000000000000000000000";
    protected static final WireMockServer twilio = new WireMockServer(options().dynamicPort().globalTemplating(true));
    /** On a port of its own that stays the same when a test stops and restarts the server. */
    protected static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        twilio.start();
        smtp.start();
        FakeTwilio.acceptMessages(twilio, ACCOUNT_SID);
    }

    @Autowired
    protected MutableClock clock;

    /**
     * The service over HTTP, paths whole ({@code /api/notifications/…}). Tests that are not about access call as the
     * gateway would, for an agent of the commune in the path.
     */
    protected ServiceClient http;

    @LocalServerPort
    private int port;

    @BeforeEach
    void callAsTheGatewayWould() {
        http = ServiceClient.on(port, "").asTheGateway();
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "notification");
        registry.add("creneau.notification.twilio.account-sid", () -> ACCOUNT_SID);
        registry.add("creneau.notification.twilio.auth-token", () -> "secret-token");
        registry.add("creneau.notification.twilio.from", () -> "+33700000000");
        registry.add("creneau.notification.twilio.api-url", twilio::baseUrl);
        registry.add("creneau.notification.twilio.status-callback-url",
                () -> "https://rdv.example.fr/api/notifications/twilio/status");
        registry.add("creneau.notification.smtp.host", () -> "127.0.0.1");
        registry.add("creneau.notification.smtp.port", () -> smtp.getSmtp().getPort());
        registry.add("creneau.notification.smtp.from", () -> "Mairie <rdv@example.fr>");
        registry.add("creneau.notification.portal-url", () -> "https://rdv.example.fr");
        registry.add("creneau.notification.delivery.first-retry", () -> "300ms");
        registry.add("creneau.notification.delivery.backoff-multiplier", () -> "1.5");
        registry.add("creneau.notification.delivery.max-attempts", () -> "8");
        registry.add("db-scheduler.polling-interval", () -> "200ms");
        // the tests' receivers are plain http:// on 127.0.0.1; WebhookAddressTest checks the default refuses them
        registry.add("creneau.notification.webhooks.allow-loopback-http", () -> "true");
        registry.add("creneau.notification.webhooks.first-retry", () -> "300ms");
        registry.add("creneau.notification.webhooks.backoff-multiplier", () -> "1.5");
        registry.add("creneau.notification.webhooks.max-attempts", () -> "4");
        registry.add("creneau.notification.webhooks.timeout", () -> "5s");
        registry.add("resilience4j.circuitbreaker.instances.twilio.wait-duration-in-open-state", () -> "1s");
        registry.add("resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state", () -> "1s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
