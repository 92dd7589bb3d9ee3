package fr.creneau.booking.reservation.web;

import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.ratelimit.ClientAddress;
import fr.creneau.booking.ratelimit.RateLimits;
import fr.creneau.booking.reservation.command.Reservation;
import fr.creneau.booking.reservation.command.ReservationService;
import fr.creneau.booking.reservation.command.SlotRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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
    Reservation reserve(@PathVariable String communeId, @Valid @RequestBody ReservationRequest request,
            HttpServletRequest http) {
        ReservationRequest.Citizen citizen = request.citizen();
        rateLimits.check(RateLimits.RESERVATION_PER_IP, ClientAddress.of(http));
        PersonIdentifiers.of(citizen.email(), citizen.mobile())
                .forEach(person -> rateLimits.check(RateLimits.RESERVATION_PER_PERSON, person));
        return reservations.reserve(new SlotRequest(communeId, request.appointmentTypeId(), blankToNull(request.optionId()),
                request.counterId(), request.start(), request.personsOrOne(), citizen.fullName().trim(),
                blankToNull(citizen.email()), blankToNull(citizen.mobile()), request.antsNumbers(), BookingChannel.WEB,
                blankToNull(request.agentId()), blankToNull(request.remark())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
