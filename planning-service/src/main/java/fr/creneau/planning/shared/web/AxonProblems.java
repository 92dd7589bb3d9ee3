package fr.creneau.planning.shared.web;

import fr.creneau.planning.shared.domain.InvalidWeeklyHours;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's own failures as problem+json: a lost race is a conflict, an aggregate never created is unknown. A week
 * written wrong lists each mistake with its day and line, for the editor to show them in place.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AxonProblems {

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflit",
                "Cette ressource existe déjà ou vient d'être modifiée par quelqu'un d'autre. Rechargez et réessayez.");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Introuvable", "La ressource « %s » n'existe pas.".formatted(
                e.getAggregateIdentifier()));
    }

    @ExceptionHandler(UnknownInCommune.class)
    ProblemDetail unknownInCommune(UnknownInCommune e) {
        return problem(HttpStatus.NOT_FOUND, "Introuvable", e.getMessage());
    }

    /** {@code errors}: one entry a mistake, with the {@code day} (MONDAY...) and {@code line} (from 1) it is on. */
    @ExceptionHandler(InvalidWeeklyHours.class)
    ProblemDetail invalidWeek(InvalidWeeklyHours e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Requête invalide", e.getMessage());
        List<Map<String, Object>> errors = e.errors().stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("day", error.day() == null ? null : error.day().name());
            entry.put("line", error.line());
            entry.put("detail", error.message());
            return entry;
        }).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail failed(CommandExecutionException e) {
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return problem(HttpStatus.BAD_REQUEST, "Requête invalide", invalid.getMessage());
        }
        throw e;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
