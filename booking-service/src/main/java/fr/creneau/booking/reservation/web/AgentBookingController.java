package fr.creneau.booking.reservation.web;

import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.availability.view.PartnerPolicy;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.partner.view.PartnerBookings;
import fr.creneau.booking.reservation.command.Reservation;
import fr.creneau.booking.reservation.command.ReservationService;
import fr.creneau.booking.reservation.command.SlotRequest;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static fr.creneau.platform.text.Texts.blankToNull;

/**
 * An agent books for a citizen on the phone or at the desk: no code, confirmed at once, channel recorded. A partner
 * of the commune books the same way for a beneficiary, the types open to their partner type only, and follows it.
 */
@RestController
class AgentBookingController {

    private final ReservationService reservations;
    private final BookingRules rules;
    private final PartnerBookings partnerBookings;

    AgentBookingController(ReservationService reservations, BookingRules rules, PartnerBookings partnerBookings) {
        this.reservations = reservations;
        this.rules = rules;
        this.partnerBookings = partnerBookings;
    }

    record AgentBooking(
            @NotNull(message = "le rendez-vous est obligatoire") @Valid ReservationRequest appointment,
            @NotNull(message = "le canal est obligatoire")
            @Pattern(regexp = "PHONE|DESK", message = "le canal est PHONE ou DESK") String channel,
            String assignedAgentId) {
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT, Role.PARTNER})
    @PostMapping("/api/booking/agent/communes/{communeId}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    Reservation book(@PathVariable String communeId, @Valid @RequestBody AgentBooking booking, AgentIdentity caller) {
        String assignedAgentId = blankToNull(booking.assignedAgentId());
        ReservationRequest request = booking.appointment();
        AppointmentType type = rules.bookableType(communeId, request.appointmentTypeId(), false);
        PartnerPolicy.assertMayBook(caller, type, assignedAgentId);
        if (assignedAgentId != null) {
            rules.assignableAgent(communeId, assignedAgentId, type.appointmentTypeId());
        }
        ReservationRequest.Citizen citizen = request.citizen();
        Reservation reservation = reservations.reserve(new SlotRequest(communeId, request.appointmentTypeId(), blankToNull(request.optionId()),
                request.counterId(), request.start(), request.personsOrOne(), citizen.fullName().trim(),
                blankToNull(citizen.email()), blankToNull(citizen.mobile()), request.antsNumbers(),
                BookingChannel.valueOf(booking.channel()), assignedAgentId,
                blankToNull(request.remark())));
        if (caller.isOnlyAPartner()) {
            partnerBookings.remember(communeId, caller.accountId(), reservation.appointmentId());
        }
        return reservation;
    }
}
