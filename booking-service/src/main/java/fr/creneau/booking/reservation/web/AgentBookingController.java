package fr.creneau.booking.reservation.web;

import fr.creneau.booking.catalog.query.Catalog;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.reservation.command.Reservation;
import fr.creneau.booking.reservation.command.ReservationService;
import fr.creneau.booking.reservation.command.SlotRequest;
import fr.creneau.platform.problem.NotFoundException;
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

/** An agent books for a citizen on the phone or at the desk: no code, confirmed at once, channel recorded. */
@RestController
class AgentBookingController {

    private final ReservationService reservations;
    private final Catalog catalog;

    AgentBookingController(ReservationService reservations, Catalog catalog) {
        this.reservations = reservations;
        this.catalog = catalog;
    }

    record AgentBooking(
            @NotNull(message = "le rendez-vous est obligatoire") @Valid ReservationRequest appointment,
            @NotNull(message = "le canal est obligatoire")
            @Pattern(regexp = "PHONE|DESK", message = "le canal est PHONE ou DESK") String channel,
            String assignedAgentId) {
    }

    @PostMapping("/api/booking/agent/communes/{communeId}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    Reservation book(@PathVariable String communeId, @Valid @RequestBody AgentBooking booking) {
        String assignedAgentId = blankToNull(booking.assignedAgentId());
        if (assignedAgentId != null && !catalog.isAgentOf(communeId, assignedAgentId)) {
            throw new NotFoundException("L'agent « %s » est inconnu dans cette commune.".formatted(assignedAgentId));
        }
        ReservationRequest request = booking.appointment();
        ReservationRequest.Citizen citizen = request.citizen();
        return reservations.reserve(new SlotRequest(communeId, request.appointmentTypeId(), blankToNull(request.optionId()),
                request.counterId(), request.start(), request.personsOrOne(), citizen.fullName().trim(),
                blankToNull(citizen.email()), blankToNull(citizen.mobile()), request.antsNumbers(),
                BookingChannel.valueOf(booking.channel()), assignedAgentId,
                blankToNull(request.remark())));
    }
}
