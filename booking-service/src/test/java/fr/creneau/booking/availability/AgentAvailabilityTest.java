package fr.creneau.booking.availability;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class AgentAvailabilityTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(3);

    @Test
    void anAgentFindsTheSlotsOfATypeKeptOffThePortal() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, offThePortal(feed.type(false)));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        String query = "?appointmentTypeId=%s&from=%s&to=%s".formatted(feed.typeId, day, day);

        ServiceResponse citizen = http.get(
                "/api/booking/communes/%s/availability".formatted(feed.communeId) + query);
        JsonNode agent = http.as(agentHeaders())
                .get("/api/booking/agent/communes/%s/availability".formatted(feed.communeId) + query).body();

        assertThat(citizen.status()).isEqualTo(404);
        assertThat(agent.get("slots").get(0).get("start").asText()).isEqualTo(nineOn(day).toString());
    }

    private static AppointmentTypeChanged offThePortal(AppointmentTypeChanged type) {
        return new AppointmentTypeChanged(UUID.randomUUID().toString(), Instant.now(), type.communeId(),
                type.appointmentTypeId(), type.label(), type.details(), type.durationMinutes(), type.bookingHorizon(),
                type.minimumNotice(), type.options(), type.maxPersons(), type.durationGrowsWithPersons(), false,
                type.serviceIds(), type.approvalRequired(), type.citizenInformation(), type.rgpdText(),
                type.partnerTypes(), type.bookableWith(), type.antsNumberRequired(), type.active());
    }

    private HttpHeaders agentHeaders() {
        return AgentHeaders.of(new AgentIdentity(UUID.randomUUID().toString(), feed.communeId, Set.of(Role.AGENT),
                null, "Agent"));
    }
}
