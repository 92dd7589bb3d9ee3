package fr.creneau.gateway.problem;

import fr.creneau.platform.json.UnreadableJson;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import java.util.Map;

/**
 * The gateway's own endpoints (login, accounts) answer a request they cannot read in French too, like the
 * services do: an unreadable body, a wrong content type, a wrong method.
 */
@RestControllerAdvice
class GatewayProblems {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Requête invalide",
            404, "Introuvable",
            405, "Méthode non autorisée",
            406, "Format de réponse non disponible",
            415, "Format de requête non pris en charge");

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        String detail = e.getCause() instanceof TypeMismatchException mismatch
                ? "La valeur de « %s » dans l'adresse n'est pas valide.".formatted(mismatch.getPropertyName())
                : UnreadableJson.describe(e);
        return ProblemWriter.entity(ProblemWriter.problem(HttpStatus.BAD_REQUEST, TITLES.get(400), detail,
                path(exchange)));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException e, ServerWebExchange exchange) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        HttpStatus known = status == null ? HttpStatus.BAD_REQUEST : status;
        String title = TITLES.getOrDefault(known.value(), "Requête refusée");
        String detail = known == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                ? "Envoyez le corps en JSON (Content-Type: application/json)."
                : title + ".";
        return ResponseEntity.status(known).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(known, title, detail, path(exchange)));
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
