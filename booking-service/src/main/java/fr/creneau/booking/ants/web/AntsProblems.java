package fr.creneau.booking.ants.web;

import fr.creneau.booking.ants.command.AntsUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static fr.creneau.booking.shared.web.BookingProblems.problem;

/** The ANTS' refusals, in French: its API not configured here, a wrong token, the ANTS silent on a number. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AntsProblems {

    @ExceptionHandler(EditorToken.NotConfigured.class)
    ProblemDetail notConfigured() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Interface ANTS non configurée",
                "Cette installation n'a pas de jeton pour l'ANTS (booking.ants.editor-token) : son interface est fermée.");
    }

    @ExceptionHandler(EditorToken.Refused.class)
    ProblemDetail refused() {
        return problem(HttpStatus.UNAUTHORIZED, "Jeton refusé",
                "Le jeton de l'en-tête X-HUB-RDV-AUTH-TOKEN est absent ou ne correspond pas.");
    }

    @ExceptionHandler(AntsUnavailable.class)
    ProblemDetail unavailable(AntsUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service de l'ANTS indisponible", e.getMessage());
    }
}
