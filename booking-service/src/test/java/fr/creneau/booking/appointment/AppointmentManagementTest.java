package fr.creneau.booking.appointment;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static fr.creneau.booking.support.BookingClient.awaitEvent;
import static fr.creneau.booking.support.BookingClient.awaitManageToken;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class AppointmentManagementTest extends BookingIntegrationTest {

    private static final Duration SLOT = Duration.ofMinutes(20);

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(4);

    private BookingClient open(int agents, boolean approvalRequired) {
        feed.catalog(approvalRequired).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, agents, Instant.now()));
        feed.deliver(planningEvents, feed.opening(day.plusDays(1), agents, Instant.now()));
        return new BookingClient(http, feed);
    }

    @Test
    void anAgentBooksOnThePhoneWithoutACodeAndTheChannelIsPublished() {
        BookingClient client = open(1, false);

        String appointmentId = client.bookByPhone(nineOn(day));

        JsonNode confirmed = awaitEvent("AppointmentConfirmed.v1", appointmentId);
        assertThat(confirmed.get("appointment").get("channel").asText()).isEqualTo("PHONE");
        assertThat(client.remaining(day, nineOn(day))).isZero();
    }

    @Test
    void theCitizenViewsAndCancelsThroughTheManageLink() {
        BookingClient client = open(1, false);
        String appointmentId = client.bookByPhone(nineOn(day));
        String token = awaitManageToken(appointmentId);

        assertThat(client.get("/api/booking/manage/" + token).get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode cancelled = client.post("/api/booking/manage/%s/cancellation".formatted(token), Map.of()).body();

        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(awaitEvent("AppointmentCancelled.v1", appointmentId).get("by").asText()).isEqualTo("CITIZEN");
        assertThat(client.remaining(day, nineOn(day))).isEqualTo(1);
    }

    @Test
    void anAgentSeesTheCitizenAndTheRemarkWhileTheAgendaListsTheDay() {
        BookingClient client = open(2, false);
        String appointmentId = client.bookByPhone(nineOn(day));
        client.bookByPhone(nineOn(day).plus(SLOT));

        JsonNode view = client.get("/api/booking/agent/appointments/" + appointmentId);
        JsonNode agenda = client.get("/api/booking/agent/communes/%s/appointments?from=%s&to=%s"
                .formatted(feed.communeId, day, day));

        assertThat(view.get("citizen").get("fullName").asText()).startsWith("Jeanne Martin");
        assertThat(view.get("citizen").get("remark").asText()).isEqualTo("Fauteuil roulant");
        assertThat(agenda).hasSize(2);
        assertThat(agenda.get(0).get("appointmentId").asText()).isEqualTo(appointmentId);
    }

    @Test
    void anUnknownManageTokenIsNotFound() {
        assertThat(http.get("/api/booking/manage/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void reschedulingToAnotherDayTakesTheNewSlotAndFreesTheOldOne() {
        BookingClient client = open(1, false);
        String appointmentId = client.bookByPhone(nineOn(day));
        String token = awaitManageToken(appointmentId);
        Instant tomorrow = nineOn(day.plusDays(1)).plus(SLOT);

        JsonNode moved = client.post("/api/booking/manage/%s/reschedule".formatted(token),
                Map.of("counterId", feed.counterId, "start", tomorrow.toString())).body();

        assertThat(moved.get("start").asText()).isEqualTo(tomorrow.toString());
        assertThat(client.remaining(day, nineOn(day))).isEqualTo(1);
        assertThat(client.remaining(day.plusDays(1), tomorrow)).isZero();
        assertThat(awaitEvent("AppointmentRescheduled.v1", appointmentId).get("previousStart").asText())
                .isEqualTo(nineOn(day).toString());
    }

    @Test
    void reschedulingOntoATakenSlotIsAConflictAndKeepsTheAppointment() {
        BookingClient client = open(1, false);
        String mine = client.bookByPhone(nineOn(day));
        client.bookByPhone(nineOn(day.plusDays(1)));
        String token = awaitManageToken(mine);

        assertThat(client.post("/api/booking/manage/%s/reschedule".formatted(token),
                Map.of("counterId", feed.counterId, "start", nineOn(day.plusDays(1)).toString())).status())
                .isEqualTo(409);

        assertThat(client.get("/api/booking/manage/" + token).get("start").asText()).isEqualTo(nineOn(day).toString());
    }

    @Test
    void aTypeNeedingApprovalWaitsForTheAgentWhoApprovesOrRefuses() {
        BookingClient client = open(2, true);
        JsonNode first = client.reserveAndConfirm(nineOn(day));
        JsonNode second = client.reserveAndConfirm(nineOn(day));
        assertThat(first.get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        String agentPath = "/api/booking/agent/appointments/%s/";
        JsonNode approved = client.post(agentPath.formatted(first.get("appointmentId").asText()) + "approval",
                Map.of()).body();
        JsonNode refused = client.post(agentPath.formatted(second.get("appointmentId").asText()) + "refusal",
                Map.of("reason", "Dossier incomplet")).body();

        assertThat(approved.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(client.remaining(day, nineOn(day))).isEqualTo(1);
    }

    @Test
    void anAgentCancelsWithAReasonAndTheCitizenIsOfferedOtherSlots() {
        BookingClient client = open(1, false);
        String appointmentId = client.bookByPhone(nineOn(day));

        client.post("/api/booking/agent/appointments/%s/cancellation".formatted(appointmentId),
                Map.of("reason", "Fermeture exceptionnelle"));

        JsonNode cancelled = awaitEvent("AppointmentCancelled.v1", appointmentId);
        assertThat(cancelled.get("by").asText()).isEqualTo("AGENT");
        assertThat(cancelled.get("reason").asText()).isEqualTo("Fermeture exceptionnelle");
        assertThat(cancelled.get("proposedSlots")).isNotEmpty();
    }

    @Test
    void anAgentAssignsATeamAppointmentThenMarksItAttended() {
        BookingClient client = open(1, false);
        String appointmentId = client.bookByPhone(nineOn(day));
        String agentPath = "/api/booking/agent/appointments/%s/".formatted(appointmentId);
        feed.deliver(planningEvents, feed.agent("agent-7"));

        assertThat(client.post(agentPath + "assignment", Map.of("agentId", "agent-7")).body().get("agentId").asText())
                .isEqualTo("agent-7");
        assertThat(client.asAgent("agent-7").post(agentPath + "attendance", Map.of("attended", true)).body()
                .get("status").asText()).isEqualTo("ATTENDED");
        assertThat(awaitEvent("AppointmentAttended.v1", appointmentId).get("agentId").asText()).isEqualTo("agent-7");
    }

    @Test
    void aClosureUnschedulesTheAppointmentsThatNoLongerFitAndOffersOtherSlots() {
        BookingClient client = open(1, false);
        String appointmentId = client.bookByPhone(nineOn(day));

        feed.deliver(planningEvents, feed.opening(day, 0, Instant.now().plusSeconds(1)));

        JsonNode unscheduled = awaitEvent("AppointmentUnscheduled.v1", appointmentId);
        assertThat(unscheduled.get("reason").asText()).isEqualTo("REFERENCE_WEEK");
        assertThat(unscheduled.get("proposedSlots")).isNotEmpty();
        assertThat(client.get("/api/booking/agent/appointments/" + appointmentId).get("appointment").get("status")
                .asText()).isEqualTo("UNSCHEDULED");
    }
}
