package fr.creneau.gateway.resilience;

import fr.creneau.gateway.problem.ProblemWriter;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/** Where a route's circuit breaker forwards a request its service could not answer: a 503 saying so in French. */
@Hidden
@RestController
class ServiceUnavailableFallback {

    private static final Map<String, String> SERVICE_NAMES = Map.of(
            "planning", "des plannings",
            "booking", "de réservation",
            "notifications", "des notifications",
            "stats", "des statistiques");

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE_NAMES.getOrDefault(service, "demandé");
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service indisponible",
                "Le service %s est momentanément indisponible. Réessayez dans quelques instants.".formatted(name),
                originalPath(exchange));
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "10")
                .body(problem);
    }

    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> urls = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (urls == null || urls.isEmpty()) {
            return exchange.getRequest().getPath().value();
        }
        return urls.iterator().next().getRawPath();
    }
}
