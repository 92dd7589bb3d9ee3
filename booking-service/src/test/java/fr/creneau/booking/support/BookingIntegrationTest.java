package fr.creneau.booking.support;

import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * A whole booking-service on a database of its own, on the shared real PostgreSQL and Kafka broker, with the limits
 * as they ship (each test citizen is a person of their own). Every test class extending it shares the one
 * application context; tests keep apart by using communes of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class BookingIntegrationTest {

    /** The service over HTTP on its random port, with no agent identity; paths are whole ({@code /api/booking/…}). */
    protected ServiceClient http;

    @LocalServerPort
    private int port;

    /** The consumer of planning.events: a test delivers its planning to it straight, in order. */
    @Autowired
    @Qualifier("planningEvents")
    protected Consumer<Message<byte[]>> planningEvents;

    /** The local fake of the ANTS' coordination API; only communes that opted in talk to it. */
    protected static final FakeAnts ants = FakeAnts.started();

    @BeforeEach
    void client() {
        http = ServiceClient.on(port, "");
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "booking");
        String group = "booking-test-" + UUID.randomUUID();
        registry.add("spring.cloud.stream.bindings.planningEvents-in-0.group", () -> group);
        registry.add("booking.one-time-code.resend-cool-down", () -> "2s");
        registry.add("booking.snapshot-threshold", () -> "20");
        registry.add("booking.ants.editor-token", () -> FakeAnts.EDITOR_TOKEN);
        registry.add("booking.ants.portal-url", () -> "https://rdv.example.fr");
        registry.add("booking.ants.coordination.base-url", ants::baseUrl);
        registry.add("booking.ants.coordination.token", () -> FakeAnts.API_TOKEN);
        registry.add("booking.ants.coordination.timeout", () -> "PT5S");
        registry.add("booking.ants.coordination.open-for", () -> "PT3S");
        registry.add("booking.ants.outbox.poll-interval", () -> "PT1S");
        registry.add("booking.ants.outbox.first-retry", () -> "PT1S");
        registry.add("booking.ants.outbox.max-retry", () -> "PT2S");
    }
}
