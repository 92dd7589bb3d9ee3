package fr.creneau.booking.support;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives booking-service over HTTP and reads what it publishes, as a citizen, an agent or another service would. */
public final class BookingClient {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger PERSONS = new AtomicInteger();

    private final ServiceClient http;
    private final PlanningFeed feed;
    private final AgentIdentity agent;

    public BookingClient(ServiceClient http, PlanningFeed feed) {
        this(http, feed, new AgentIdentity("account-1", feed.communeId, Set.of(Role.AGENT), "agent-1", "Agente Une"));
    }

    private BookingClient(ServiceClient http, PlanningFeed feed, AgentIdentity agent) {
        this.http = http;
        this.feed = feed;
        this.agent = agent;
    }

    /** The same client, calling the agent endpoints as the planning agent {@code agentId} of the commune. */
    public BookingClient asAgent(String agentId) {
        return new BookingClient(http, feed, new AgentIdentity("account-" + agentId, feed.communeId, Set.of(Role.AGENT),
                agentId, "Agent " + agentId));
    }

    public String reserve(Instant start) {
        ServiceResponse response = http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                citizenBooking(start));
        assertThat(response.status()).isEqualTo(201);
        return response.text("appointmentId");
    }

    public JsonNode reserveAndConfirm(Instant start) {
        String appointmentId = reserve(start);
        return post("/api/booking/appointments/%s/confirmation".formatted(appointmentId),
                Map.of("code", awaitCode(appointmentId))).body();
    }

    public String bookByPhone(Instant start) {
        ServiceResponse response = post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("appointment", citizenBooking(start), "channel", "PHONE"));
        assertThat(response.status()).isEqualTo(201);
        return response.text("appointmentId");
    }

    /** Sends the agent's identity, as the gateway would, to the paths under /api/booking/agent only. */
    public ServiceResponse post(String path, Object body) {
        return clientFor(path).post(path, body);
    }

    public JsonNode get(String path) {
        return clientFor(path).get(path).body();
    }

    private ServiceClient clientFor(String path) {
        return path.startsWith("/api/booking/agent/") ? http.as(AgentHeaders.of(agent)) : http;
    }

    public int remaining(LocalDate day, Instant start) {
        JsonNode slots = get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, day, day)).get("slots");
        for (JsonNode slot : slots) {
            if (slot.get("start").asText().equals(start.toString())) {
                return slot.get("remaining").asInt();
            }
        }
        return 0;
    }

    public static String awaitCode(String appointmentId) {
        return awaitOn("notification.otp", appointmentId, null).get("code").asText();
    }

    public static String awaitManageToken(String appointmentId) {
        return awaitOn("booking.contacts", appointmentId, null).get("manageToken").asText();
    }

    /** The appointment's contact on booking.contacts that {@code matching} accepts (a later, changed one). */
    public static JsonNode awaitContact(String appointmentId, Predicate<JsonNode> matching) {
        try (KafkaProbe probe = new KafkaProbe("booking.contacts")) {
            return KafkaProbe.parse(probe.await(json -> appointmentId.equals(json.path("appointmentId").asText())
                    && matching.test(json), WAIT).value());
        }
    }

    public static JsonNode awaitEvent(String type, String appointmentId) {
        return awaitOn("booking.events", appointmentId, type);
    }

    private static JsonNode awaitOn(String topic, String appointmentId, String type) {
        try (KafkaProbe probe = new KafkaProbe(topic)) {
            return KafkaProbe.parse(probe.await(json -> appointmentId.equals(json.path("appointmentId").asText())
                    && (type == null || type.equals(json.path("type").asText())), WAIT).value());
        }
    }

    /** A booking by a citizen of their own: each call is another person, so that no duplicate rule applies. */
    private Map<String, Object> citizenBooking(Instant start) {
        int person = PERSONS.incrementAndGet();
        return Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start", start.toString(),
                "persons", 1, "remark", "Fauteuil roulant", "citizen", Map.of("fullName", "Jeanne Martin " + person,
                        "email", "jeanne" + person + "@example.fr", "mobile", "+336" + (10_000_000 + person)));
    }
}
