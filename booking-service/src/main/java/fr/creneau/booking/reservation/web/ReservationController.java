package fr.creneau.booking.reservation.web;

import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.ratelimit.command.RateLimits;
import fr.creneau.booking.reservation.command.Reservation;
import fr.creneau.booking.reservation.command.ReservationService;
import fr.creneau.booking.reservation.command.SlotRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static fr.creneau.platform.text.Texts.blankToNull;

@RestController
class ReservationController {

    private final ReservationService reservations;
    private final RateLimits rateLimits;

    ReservationController(ReservationService reservations, RateLimits rateLimits) {
        this.reservations = reservations;
        this.rateLimits = rateLimits;
    }

    @PostMapping("/api/booking/communes/{communeId}/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    Reservation reserve(@PathVariable String communeId, @Valid @RequestBody ReservationRequest request) {
        ReservationRequest.Citizen citizen = request.citizen();
        rateLimits.checkAll(RateLimits.RESERVATION_PER_PERSON,
                PersonIdentifiers.withAntsNumbers(citizen.email(), citizen.mobile(), request.antsNumbers()));
        return reservations.reserve(new SlotRequest(communeId, request.appointmentTypeId(), blankToNull(request.optionId()),
                request.counterId(), request.start(), request.personsOrOne(), citizen.fullName().trim(),
                blankToNull(citizen.email()), blankToNull(citizen.mobile()), request.antsNumbers(), BookingChannel.WEB,
                blankToNull(request.agentId()), blankToNull(request.remark())).withLocale(blankToNull(request.locale())));
    }
}
