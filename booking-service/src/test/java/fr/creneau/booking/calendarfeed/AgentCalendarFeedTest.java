package fr.creneau.booking.calendarfeed;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class AgentCalendarFeedTest extends BookingIntegrationTest {

    private static final java.util.Random MOBILES = new java.util.Random();

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(5);
    private final Instant nine = nineOn(day);

    // agent ids are planning's UUIDs, unique across communes: each test has its own
    private final String anne = "anne-" + UUID.randomUUID();
    private final String bruno = "bruno-" + UUID.randomUUID();
    private final String chloe = "chloe-" + UUID.randomUUID();

    /** The commune's counter, its agents {@code anne} and {@code bruno} working there, and {@code chloe} at none. */
    private void open(PlanningFeed commune, String anne, String bruno, String chloe) {
        commune.catalog(false).forEach(event -> commune.deliver(planningEvents, event));
        commune.deliver(planningEvents, commune.agent(anne));
        commune.deliver(planningEvents, commune.agent(bruno));
        commune.deliver(planningEvents, new AgentChanged(UUID.randomUUID().toString(), Instant.now(),
                commune.communeId, chloe, "Chloé", List.of(), List.of(), true));
        commune.deliver(planningEvents, commune.opening(day, 3, Instant.now()));
    }

    private void open(PlanningFeed commune) {
        open(commune, anne, bruno, chloe);
    }

    @Test
    void theFeedListsTheAgentsAppointmentsAndForgetsTheCancelledOnes() throws Exception {
        open(feed);
        String hers = book(feed, nine, anne, "Jeanne Martin");
        String ofHerCounter = book(feed, nine, null, "Paul Durand");
        String hisOnly = book(feed, nine, bruno, "Marc Petit");
        String cancelled = book(feed, nine.plus(Duration.ofMinutes(20)), anne, "Léa Roux");
        agentOf(feed.communeId, anne).post("/api/booking/agent/appointments/%s/cancellation".formatted(cancelled),
                Map.of("reason", "Erreur de saisie")).expect(200);

        String path = agentOf(feed.communeId, anne).post(feedOf(feed.communeId), Map.of()).expect(201).text("path");
        ServiceResponse answer = http.get(path).expect(200);

        assertThat(answer.contentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        Map<String, VEvent> events = events(answer);
        assertThat(events).containsOnlyKeys(hers + "@creneau", ofHerCounter + "@creneau");
        VEvent event = events.get(hers + "@creneau");
        assertThat(event.getStartDate().getDate().toInstant()).isEqualTo(nine);
        assertThat(event.getStartDate().isUtc()).isTrue();
        assertThat(event.getSummary().getValue()).isEqualTo("Carte d'identité – Jeanne Martin");
        assertThat(event.getLocation().getValue()).isEqualTo("Guichet 1, Mairie, 1 place de la Mairie");
        assertThat(event.getDateStamp().getValue()).endsWith("Z");
        assertThat(event.getProperty(Property.STATUS).getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getDescription().getValue()).doesNotContain("@").doesNotContain("+33");
        assertThat(events(http.get(path).expect(200))).doesNotContainKey(hisOnly + "@creneau");
        assertThat(events(http.get(agentOf(feed.communeId, chloe).post(feedOf(feed.communeId), Map.of())
                .expect(201).text("path")).expect(200))).isEmpty();
    }

    @Test
    void aMovedAppointmentKeepsItsUidWithAHigherSequence() throws Exception {
        open(feed);
        String id = book(feed, nine, anne, "Jeanne Martin");
        String path = agentOf(feed.communeId, anne).post(feedOf(feed.communeId), Map.of()).expect(201).text("path");
        VEvent before = events(http.get(path).expect(200)).get(id + "@creneau");

        agentOf(feed.communeId, anne).post("/api/booking/agent/appointments/%s/reschedule".formatted(id),
                Map.of("counterId", feed.counterId, "start", nine.plus(Duration.ofHours(1)).toString())).expect(200);

        // the count of changes follows the events a moment behind
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            VEvent after = events(http.get(path).expect(200)).get(id + "@creneau");
            assertThat(after.getStartDate().getDate().toInstant()).isEqualTo(nine.plus(Duration.ofHours(1)));
            assertThat(after.getSequence().getSequenceNo()).isGreaterThan(before.getSequence().getSequenceNo());
        });
    }

    @Test
    void aRevokedOrReplacedAddressAnswers404AtOnce() {
        open(feed);
        ServiceClient agent = agentOf(feed.communeId, anne);
        String first = agent.post(feedOf(feed.communeId), Map.of()).expect(201).text("path");
        String second = agent.post(feedOf(feed.communeId), Map.of()).expect(201).text("path");

        assertThat(http.get(first).expect(404).contentType()).startsWith("application/problem+json");
        http.get(second).expect(200);
        assertThat(agent.get(feedOf(feed.communeId)).expect(200).body().get("active").asBoolean()).isTrue();
        assertThat(agent.get(feedOf(feed.communeId)).expect(200).body().has("path")).isFalse();

        agent.delete(feedOf(feed.communeId)).expect(204);

        ServiceResponse revoked = http.get(second).expect(404);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(revoked.text("detail")).isEqualTo("Ce calendrier n'existe pas ou son adresse a été révoquée.");
        assertThat(agent.get(feedOf(feed.communeId)).expect(200).body().get("active").asBoolean()).isFalse();
        assertThat(agent.delete(feedOf(feed.communeId)).expect(404).contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherCommunesAgentSeesNoneOfThisCommunesAppointmentsEvenLinkedToThisCommunesAgentId() throws Exception {
        PlanningFeed other = new PlanningFeed();
        String olga = "olga-" + UUID.randomUUID();
        open(feed);
        open(other, olga, "paul-" + UUID.randomUUID(), "quentin-" + UUID.randomUUID());
        String here = book(feed, nine, anne, "Jeanne Martin");
        String there = book(other, nine, olga, "Nina Blanc");

        String theirs = agentOf(other.communeId, olga).post(feedOf(other.communeId), Map.of()).expect(201)
                .text("path");
        // an account of the other commune wrongly linked to this commune's agent
        String misLinked = agentOf(other.communeId, anne).post(feedOf(other.communeId), Map.of()).expect(201)
                .text("path");

        assertThat(events(http.get(theirs).expect(200))).containsOnlyKeys(there + "@creneau");
        assertThat(events(http.get(misLinked).expect(200))).doesNotContainKey(here + "@creneau").isEmpty();
        assertThat(events(http.get(agentOf(feed.communeId, anne).post(feedOf(feed.communeId), Map.of())
                .expect(201).text("path")).expect(200))).containsOnlyKeys(here + "@creneau");
        assertThat(agentOf(other.communeId, olga).post(feedOf(feed.communeId), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void anAccountLinkedToNoAgentHasNoFeedAndAnUnknownTokenIsAFrenchProblem() {
        open(feed);
        ServiceResponse unlinked = http.as(AgentHeaders.of(feed.communeId, Role.AGENT))
                .post(feedOf(feed.communeId), Map.of());

        assertThat(unlinked.expect(409).contentType()).startsWith("application/problem+json");
        assertThat(unlinked.text("detail")).contains("aucun agent");
        assertThat(http.get("/api/booking/calendars/jeton-inconnu.ics").expect(404).contentType())
                .startsWith("application/problem+json");
        assertThat(http.get("/api/booking/calendars/" + "x".repeat(500) + ".ics").expect(404).contentType())
                .startsWith("application/problem+json");
        // a calendar application asks for text/calendar only: the refusal is still problem+json
        assertThat(http.withHeader("Accept", "text/calendar").get("/api/booking/calendars/jeton-inconnu.ics")
                .expect(404).contentType()).startsWith("application/problem+json");
    }

    private static String feedOf(String communeId) {
        return "/api/booking/agent/communes/%s/calendar-feed".formatted(communeId);
    }

    private ServiceClient agentOf(String communeId, String agentId) {
        return http.as(AgentHeaders.of(new AgentIdentity("compte-" + agentId + "-" + communeId, communeId,
                Set.of(Role.AGENT), agentId, "Agent " + agentId)));
    }

    private String book(PlanningFeed commune, Instant start, String assignedAgentId, String fullName) {
        Map<String, Object> appointment = Map.of("appointmentTypeId", commune.typeId, "counterId", commune.counterId,
                "start", start.toString(), "citizen", Map.of("fullName", fullName,
                        "email", UUID.randomUUID() + "@example.fr", "mobile", "+336%08d".formatted(MOBILES.nextInt(100_000_000))));
        Map<String, Object> body = assignedAgentId == null ? Map.of("appointment", appointment, "channel", "DESK")
                : Map.of("appointment", appointment, "channel", "DESK", "assignedAgentId", assignedAgentId);
        return agentOf(commune.communeId, anne).post("/api/booking/agent/communes/%s/appointments"
                .formatted(commune.communeId), body).expect(201).text("appointmentId");
    }

    private static Map<String, VEvent> events(ServiceResponse answer) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.bodyAsString()));
        assertThat(calendar.getProperty(Property.METHOD).getValue()).isEqualTo("PUBLISH");
        return calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast)
                .collect(Collectors.toMap(event -> event.getUid().getValue(), event -> event));
    }
}
