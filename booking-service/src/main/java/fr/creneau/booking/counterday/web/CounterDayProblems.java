package fr.creneau.booking.counterday.web;

import fr.creneau.booking.counterday.command.CommandsBusy;
import fr.creneau.booking.counterday.domain.BookingRefused;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static fr.creneau.booking.shared.web.BookingProblems.problem;

/** A counter-day's refusals as problems, in French, for every endpoint that sends it a command. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CounterDayProblems {

    @ExceptionHandler(BookingRefused.class)
    ProblemDetail refused(BookingRefused e) {
        return switch (e.reason()) {
            case UNKNOWN_APPOINTMENT -> problem(HttpStatus.NOT_FOUND, "Introuvable", e.getMessage());
            case OUTSIDE_BOOKING_WINDOW -> problem(HttpStatus.BAD_REQUEST, "Requête invalide", e.getMessage());
            default -> problem(HttpStatus.CONFLICT, "Conflit", e.getMessage());
        };
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownDay(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Introuvable", "Aucun planning n'est ouvert ce jour-là.");
    }

    @ExceptionHandler(CommandsBusy.class)
    ProblemDetail busy(CommandsBusy e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service momentanément indisponible",
                "Trop de demandes en même temps : rien n'a été enregistré, réessayez dans quelques secondes.");
        problem.setProperty("retryAfterSeconds", 5);
        return problem;
    }
}
