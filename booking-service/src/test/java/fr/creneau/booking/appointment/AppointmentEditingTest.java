package fr.creneau.booking.appointment;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.support.BookingClient.awaitEvent;
import static fr.creneau.booking.support.BookingClient.awaitManageToken;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class AppointmentEditingTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(8);
    private final Instant nine = nineOn(day);

    private ServiceClient service() {
        return ServiceClient.on(port, "/api/booking");
    }

    private ServiceClient agent() {
        return service().as(AgentHeaders.of(feed.communeId, Role.AGENT));
    }

    private void open(boolean antsRequired, int agents) {
        (antsRequired ? feed.catalogWithAntsNumbers() : feed.catalog(false))
                .forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, agents, Instant.now()));
    }

    private String book(Instant start, String mobile, List<String> antsNumbers) {
        Map<String, Object> citizen = new HashMap<>();
        citizen.put("fullName", "Paul Durand");
        citizen.put("mobile", mobile);
        return agent().post("/agent/communes/%s/appointments".formatted(feed.communeId), Map.of("channel", "PHONE",
                "appointment", Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                        "start", start.toString(), "persons", antsNumbers.isEmpty() ? 1 : antsNumbers.size(),
                        "citizen", citizen, "remark", "Rien", "antsNumbers", antsNumbers)))
                .expect(201).text("appointmentId");
    }

    private ServiceResponse agentEdits(String appointmentId, Map<String, Object> edit) {
        return agent().patch("/agent/appointments/" + appointmentId, edit);
    }

    @Test
    void anAgentChangesTheContactAndRemarkAndTheChangeIsPublishedWithTheNewContact() {
        open(false, 1);
        String id = book(nine, "+33612121212", List.of());

        JsonNode view = agentEdits(id, Map.of("fullName", "Paul Durand-Leroy", "email", "paul@example.fr",
                "remark", "Vient avec un interprète")).expect(200).body();

        assertThat(view.at("/citizen/fullName").asText()).isEqualTo("Paul Durand-Leroy");
        assertThat(view.at("/citizen/email").asText()).isEqualTo("paul@example.fr");
        assertThat(view.at("/citizen/mobile").asText()).isEqualTo("+33612121212");
        assertThat(view.at("/citizen/remark").asText()).isEqualTo("Vient avec un interprète");
        JsonNode event = awaitEvent("AppointmentModified.v1", id);
        assertThat(event.get("changes")).extracting(JsonNode::asText).containsExactly("CONTACT", "REMARK");
        assertThat(event.get("by").asText()).isEqualTo("AGENT");
        assertThat(BookingClient.awaitContact(id, json -> "paul@example.fr".equals(json.path("email").asText())).get("fullName").asText()).isEqualTo("Paul Durand-Leroy");
    }

    @Test
    void morePersonsTakeMoreCapacityAndAreRefusedWhenTheSlotHasNoRoom() {
        open(false, 2);
        String id = book(nine, "+33613131313", List.of());
        assertThat(new BookingClient(http, feed).remaining(day, nine)).isEqualTo(1);

        ServiceResponse three = agentEdits(id, Map.of("persons", 3)).expect(409);
        assertThat(three.contentType()).contains("application/problem+json");
        assertThat(three.text("detail")).contains("pas assez de place");
        assertThat(new BookingClient(http, feed).remaining(day, nine)).isEqualTo(1);

        assertThat(agentEdits(id, Map.of("persons", 2)).expect(200).body().at("/appointment/persons").asInt())
                .isEqualTo(2);
        assertThat(new BookingClient(http, feed).remaining(day, nine)).isZero();
        assertThat(awaitEvent("AppointmentModified.v1", id).get("changes").get(0).asText()).isEqualTo("PERSONS");
    }

    @Test
    void antsNumbersAreCheckedAgainForFormatCountAndDuplicatesAndNothingIsHalfWritten() {
        open(true, 3);
        String first = book(nine, "+33614141414", List.of("AA11BB22CC"));
        book(nine.plus(Duration.ofMinutes(20)), "+33615151515", List.of("DD33EE44FF"));

        assertThat(agentEdits(first, Map.of("antsNumbers", List.of("abc"))).expect(400).text("detail"))
                .contains("ANTS");
        assertThat(agentEdits(first, Map.of("persons", 2)).expect(400).text("detail"))
                .contains("un numéro de pré-demande ANTS par personne");
        assertThat(agentEdits(first, Map.of("persons", 2, "antsNumbers", List.of("GG55HH66JJ", "GG55HH66JJ")))
                .expect(400).text("detail")).contains("son propre numéro");
        ServiceResponse taken = agentEdits(first, Map.of("email", "nouveau@example.fr",
                "antsNumbers", List.of("DD33EE44FF")));
        assertThat(taken.expect(409).text("detail")).contains("ANTS");

        JsonNode unchanged = agent().get("/agent/appointments/" + first).expect(200).body();
        assertThat(unchanged.at("/citizen/antsNumbers/0").asText()).isEqualTo("AA11BB22CC");
        assertThat(unchanged.at("/citizen/email").isMissingNode() || unchanged.at("/citizen/email").isNull()).isTrue();
        assertThat(agentEdits(first, Map.of("antsNumbers", List.of("KK77LL88MM"))).expect(200)
                .body().at("/citizen/antsNumbers/0").asText()).isEqualTo("KK77LL88MM");
    }

    @Test
    void theNumberAnEditGaveUpIsFreeForAnotherAppointment() {
        open(true, 3);
        String first = book(nine, "+33616161616", List.of("NN11PP22QQ"));
        agentEdits(first, Map.of("antsNumbers", List.of("RR33SS44TT"))).expect(200);

        book(nine.plus(Duration.ofMinutes(20)), "+33617171717", List.of("NN11PP22QQ"));
    }

    @Test
    void theCitizenEditsThroughTheManageLinkAndIsAnsweredWithoutPersonalData() {
        open(false, 1);
        String id = book(nine, "+33618181818", List.of());
        String token = awaitManageToken(id);

        JsonNode managed = service().patch("/manage/" + token, Map.of("mobile", "06 19 19 19 19", "remark", ""))
                .expect(200).body();

        assertThat(managed.has("citizen")).isFalse();
        JsonNode seen = agent().get("/agent/appointments/" + id).expect(200).body();
        assertThat(seen.at("/citizen/mobile").asText()).isEqualTo("06 19 19 19 19");
        assertThat(seen.at("/citizen/remark").isNull() || seen.at("/citizen/remark").isMissingNode()).isTrue();
        JsonNode event = awaitEvent("AppointmentModified.v1", id);
        assertThat(event.get("by").asText()).isEqualTo("CITIZEN");
        assertThat(event.get("changes")).extracting(JsonNode::asText).containsExactly("CONTACT", "REMARK");
    }

    @Test
    void badInputIsAFrenchProblemAndLeavesTheAppointmentAsItWas() {
        open(false, 1);
        String id = book(nine, "+33620202020", List.of());
        String token = awaitManageToken(id);

        ServiceResponse badMail = service().patch("/manage/" + token, Map.of("email", "pas-une-adresse"));
        assertThat(badMail.expect(400).contentType()).contains("application/problem+json");
        assertThat(badMail.body().toString()).contains("adresse e-mail");
        assertThat(service().patch("/manage/" + token, Map.of("mobile", "")).expect(400).text("detail"))
                .contains("adresse e-mail ou un numéro de mobile");
        assertThat(service().patch("/manage/" + token, Map.of("persons", 9)).expect(400).text("detail"))
                .contains("nombre de personnes");
        assertThat(service().patch("/manage/" + token, Map.of("optionId", "inconnue")).expect(400).text("detail"))
                .contains("option");
        assertThat(service().patch("/manage/pas-un-lien", Map.of("remark", "x")).expect(404).text("detail"))
                .contains("lien de gestion");

        JsonNode seen = agent().get("/agent/appointments/" + id).expect(200).body();
        assertThat(seen.at("/citizen/mobile").asText()).isEqualTo("+33620202020");
        assertThat(seen.at("/appointment/persons").asInt()).isEqualTo(1);
    }

    @Test
    void aCancelledAppointmentCannotBeEdited() {
        open(false, 1);
        String id = book(nine, "+33621212121", List.of());
        agent().post("/agent/appointments/%s/cancellation".formatted(id), Map.of("reason", "Erreur")).expect(200);

        assertThat(agentEdits(id, Map.of("remark", "trop tard")).expect(409).text("detail"))
                .contains("confirmé");
    }

    @Test
    void anAgentOfAnotherCommuneIsAnsweredAsIfTheAppointmentDidNotExist() {
        open(false, 1);
        String id = book(nine, "+33622222223", List.of());

        service().as(AgentHeaders.of("une-autre-commune", Role.AGENT))
                .patch("/agent/appointments/" + id, Map.of("remark", "x")).expect(404);
    }
}
