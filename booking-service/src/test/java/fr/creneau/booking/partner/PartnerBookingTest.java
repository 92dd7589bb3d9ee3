package fr.creneau.booking.partner;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.retention.command.PersonalDataRetention;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.booking.support.TypeVariants;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/** A social worker books the types open to social workers, for their beneficiaries, and sees only those bookings. */
class PartnerBookingTest extends BookingIntegrationTest {

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    JdbcClient jdbc;

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(3);

    @BeforeEach
    void aTypeOpenToSocialWorkers() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, TypeVariants.forPartners(feed.type(false), List.of("travailleur-social")));
        feed.deliver(planningEvents, feed.opening(day, 3, Instant.now()));
    }

    private ServiceClient partner(String accountId, String partnerType) {
        return http.as(AgentHeaders.of(new AgentIdentity(accountId, feed.communeId, Set.of(Role.PARTNER), null,
                "Partenaire", List.of(), partnerType)));
    }

    private ServiceResponse book(ServiceClient as, String beneficiary) {
        return as.post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("channel", "PHONE", "appointment", Map.of("appointmentTypeId", feed.typeId,
                        "counterId", feed.counterId, "start", nineOn(day).toString(), "persons", 1,
                        "citizen", Map.of("fullName", beneficiary, "mobile", "+3361" + (1_000_000 + beneficiary.length())))));
    }

    private JsonNode ownBookings(ServiceClient as) {
        return as.get("/api/booking/agent/communes/%s/partner/appointments".formatted(feed.communeId)).expect(200).body();
    }

    @Test
    void aSocialWorkerBooksATypeOpenToSocialWorkersAndFollowsIt() {
        ServiceClient lea = partner("account-lea", "travailleur-social");

        String appointmentId = book(lea, "Karim Benali").expect(201).text("appointmentId");

        assertThat(ownBookings(lea).findValuesAsText("appointmentId")).containsExactly(appointmentId);
        assertThat(lea.get("/api/booking/agent/communes/%s/partner/appointment-types".formatted(feed.communeId))
                .body().findValuesAsText("appointmentTypeId")).containsExactly(feed.typeId);
    }

    @Test
    void aPartnerOfAnotherTypeIsRefusedInFrench() {
        ServiceClient association = partner("account-asso", "association");

        ServiceResponse refused = book(association, "Lucie Moreau");
        ServiceResponse slots = association.get("/api/booking/agent/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, day, day));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("detail")).isEqualTo("Les rendez-vous « Carte d'identité » ne sont pas ouverts aux "
                + "partenaires « association ».");
        assertThat(slots.status()).isEqualTo(403);
        assertThat(association.get("/api/booking/agent/communes/%s/partner/appointment-types".formatted(feed.communeId))
                .body()).isEmpty();
    }

    @Test
    void aPartnerSeesNeitherTheCommunesAgendaNorAnotherPartnersBookings() {
        ServiceClient lea = partner("account-lea-" + UUID.randomUUID(), "travailleur-social");
        ServiceClient hugo = partner("account-hugo-" + UUID.randomUUID(), "travailleur-social");
        String leas = book(lea, "Sarah Lefèvre").expect(201).text("appointmentId");
        String agents = new BookingClient(http, feed).bookByPhone(nineOn(day));

        ServiceResponse agenda = hugo.get("/api/booking/agent/communes/%s/appointments?from=%s&to=%s"
                .formatted(feed.communeId, day, day));
        ServiceResponse someoneElses = hugo.get("/api/booking/agent/appointments/%s".formatted(leas));

        assertThat(ownBookings(hugo)).isEmpty();
        assertThat(ownBookings(lea).findValuesAsText("appointmentId")).containsExactly(leas).doesNotContain(agents);
        assertThat(agenda.status()).isEqualTo(403);
        assertThat(agenda.text("detail")).isEqualTo("Un compte partenaire ne sert qu'à prendre et suivre les "
                + "rendez-vous de ses bénéficiaires.");
        assertThat(someoneElses.status()).isEqualTo(403);
    }

    @Test
    void whenTheAppointmentsPersonalDataIsErasedWhichPartnerBookedItGoesToo() {
        ServiceClient lea = partner("account-lea-" + UUID.randomUUID(), "travailleur-social");
        String appointmentId = book(lea, "Inès Girard").expect(201).text("appointmentId");
        Instant end = nineOn(day).plus(Duration.ofMinutes(20));

        retention.eraseDue(end.atOffset(ZoneOffset.UTC).plusMonths(23).toInstant());
        assertThat(rowsOf(appointmentId)).isEqualTo(1);

        retention.eraseDue(end.atOffset(ZoneOffset.UTC).plusMonths(24).plusDays(1).toInstant());

        assertThat(rowsOf(appointmentId)).isZero();
        assertThat(ownBookings(lea)).isEmpty();
    }

    private int rowsOf(String appointmentId) {
        return jdbc.sql("SELECT count(*) FROM partner_booking WHERE appointment_id = :id").param("id", appointmentId)
                .query(Integer.class).single();
    }

    @Test
    void anAgentOfTheCommuneStillBooksAnyType() {
        assertThat(new BookingClient(http, feed).bookByPhone(nineOn(day))).isNotBlank();
    }
}
