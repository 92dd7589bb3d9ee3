package fr.creneau.booking.onetimecode.web;

import fr.creneau.booking.onetimecode.command.CodeNotSent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static fr.creneau.booking.shared.web.BookingProblems.problem;

/** A code that cannot be sent now: a 503 the citizen may retry, the hold already given up. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CodeProblems {

    @ExceptionHandler(CodeNotSent.class)
    ProblemDetail codeNotSent(CodeNotSent e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service momentanément indisponible", e.getMessage());
    }
}
