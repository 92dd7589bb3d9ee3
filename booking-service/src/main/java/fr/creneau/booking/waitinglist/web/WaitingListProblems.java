package fr.creneau.booking.waitinglist.web;

import fr.creneau.booking.waitinglist.domain.OfferRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static fr.creneau.booking.shared.web.BookingProblems.problem;

/** An offer that can no longer be taken is gone (410); no offer, or no waiting, is a conflict (409). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WaitingListProblems {

    @ExceptionHandler(OfferRefused.class)
    ProblemDetail refused(OfferRefused e) {
        return e.reason() == OfferRefused.Reason.EXPIRED
                ? problem(HttpStatus.GONE, "Proposition expirée", e.getMessage())
                : problem(HttpStatus.CONFLICT, "Conflit", e.getMessage());
    }
}
