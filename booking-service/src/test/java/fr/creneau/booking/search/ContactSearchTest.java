package fr.creneau.booking.search;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.retention.command.PersonalDataRetention;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class ContactSearchTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    JdbcClient jdbc;

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(11);
    private final Instant nine = nineOn(day);

    private ServiceClient agent(String communeId) {
        return ServiceClient.on(port, "/api/booking").as(AgentHeaders.of(communeId, Role.AGENT));
    }

    private void open() {
        feed.catalogWithAntsNumbers().forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 3, Instant.now()));
    }

    private String book(Instant start, String fullName, String mobile, String email, String ants) {
        Map<String, Object> citizen = new HashMap<>();
        citizen.put("fullName", fullName);
        citizen.put("mobile", mobile);
        citizen.put("email", email);
        return agent(feed.communeId).post("/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("channel", "DESK", "appointment", Map.of("appointmentTypeId", feed.typeId,
                        "counterId", feed.counterId, "start", start.toString(), "persons", 1, "citizen", citizen,
                        "antsNumbers", List.of(ants)))).expect(201).text("appointmentId");
    }

    /** The index follows the events a moment behind: what a booking adds is found within a few seconds. */
    private void eventuallyFound(String communeId, String query, String... ids) {
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found(communeId, query)).containsExactlyInAnyOrder(ids));
    }

    private List<String> found(String communeId, String query) {
        JsonNode body = search(communeId, query).expect(200).body();
        List<String> ids = new ArrayList<>();
        body.forEach(found -> ids.add(found.at("/appointment/appointmentId").asText()));
        return ids;
    }

    private ServiceResponse search(String communeId, String query) {
        return ServiceClient.exchange(agent(communeId).rest().get().uri(uri -> uri
                .path("/agent/communes/{c}/appointments/search").queryParam("q", "{q}").build(communeId, query)));
    }

    @Test
    void aNameIsFoundWhateverItsCaseAndAccentsByWholeWordsOrTheirBeginning() {
        open();
        String helene = book(nine, "Hélène Dupré-Lefèvre", "+33630303030", null, "HD12HD34HD");
        String other = book(nine.plus(Duration.ofMinutes(20)), "Hélène Martin", "+33631313131", null, "HM12HM34HM");

        eventuallyFound(feed.communeId, "helene", helene, other);
        assertThat(found(feed.communeId, "DUPRE")).containsExactly(helene);
        assertThat(found(feed.communeId, "lefev")).containsExactly(helene);
        assertThat(found(feed.communeId, "Hélène dupré")).containsExactly(helene);
        assertThat(found(feed.communeId, "helene durand")).isEmpty();
        JsonNode first = agent(feed.communeId).get("/agent/communes/%s/appointments/search?q=lefevre"
                .formatted(feed.communeId)).expect(200).body().get(0);
        assertThat(first.at("/citizen/fullName").asText()).isEqualTo("Hélène Dupré-Lefèvre");
    }

    @Test
    void aPhoneAnEmailOrAnAntsNumberFindsTheAppointmentWrittenAnyWay() {
        open();
        String id = book(nine, "Paul Petit", "+33632323232", "Paul.Petit@Example.fr", "PP12PP34PP");

        eventuallyFound(feed.communeId, "06 32 32 32 32", id);
        assertThat(found(feed.communeId, "paul.petit@example.FR")).containsExactly(id);
        assertThat(found(feed.communeId, "pp12pp34pp")).containsExactly(id);
        assertThat(found(feed.communeId, "06 32 32 32 33")).isEmpty();
    }

    @Test
    void aCancelledAppointmentIsStillFoundAndAnotherCommuneFindsNothing() {
        open();
        String id = book(nine, "Zoé Garnier", "+33633333334", null, "ZG12ZG34ZG");
        agent(feed.communeId).post("/agent/appointments/%s/cancellation".formatted(id), Map.of("reason", "Erreur"))
                .expect(200);

        eventuallyFound(feed.communeId, "zoe garnier", id);
        assertThat(found("une-autre-commune", "zoe garnier")).isEmpty();
    }

    @Test
    void anEditedNameIsFoundUnderItsNewNameOnly() {
        open();
        String id = book(nine, "Marc Lenoir", "+33634343434", null, "ML12ML34ML");

        eventuallyFound(feed.communeId, "lenoir", id);
        agent(feed.communeId).patch("/agent/appointments/" + id, Map.of("fullName", "Marc Leblanc")).expect(200);

        eventuallyFound(feed.communeId, "leblanc", id);
        assertThat(found(feed.communeId, "lenoir")).isEmpty();
    }

    @Test
    void onceTheContactIsErasedThePersonIsNoLongerFound() {
        open();
        String id = book(nine, "Inès Fauré", "+33635353535", null, "IF12IF34IF");
        eventuallyFound(feed.communeId, "ines faure", id);

        retention.eraseDue(nine.atOffset(ZoneOffset.UTC).plusMonths(25).toInstant());

        assertThat(found(feed.communeId, "ines faure")).isEmpty();
        assertThat(found(feed.communeId, "IF12IF34IF")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_search_tokens WHERE appointment_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aQueryWithNothingToSearchByIsAFrenchProblem() {
        ServiceResponse response = search(feed.communeId, " - ");

        assertThat(response.expect(400).contentType()).contains("application/problem+json");
        assertThat(response.text("detail")).contains("Indiquez un nom");
        assertThat(agent(feed.communeId).get("/agent/communes/%s/appointments/search".formatted(feed.communeId))
                .expect(400).text("detail")).contains("« q »");
    }

    @Test
    void theIndexKeepsNoClearWord() {
        open();
        String id = book(nine, "Lucie Bernard", "+33636363636", "lucie@example.fr", "LB12LB34LB");
        eventuallyFound(feed.communeId, "lucie", id);

        List<byte[]> hashes = jdbc.sql(
                        "SELECT UNNEST(token_hashes) FROM contact_search_tokens WHERE appointment_id = :id")
                .param("id", id).query(byte[].class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(new String(hash)).doesNotContain("lucie"));
        assertThat(hashes).allSatisfy(hash -> assertThat(hash).hasSize(32));
    }
}
