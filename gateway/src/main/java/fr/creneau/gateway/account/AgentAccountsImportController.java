package fr.creneau.gateway.account;

import fr.creneau.gateway.account.PlanningAgents.PlanningUnavailable;
import fr.creneau.gateway.account.PlanningAgents.UnknownCommune;
import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The agents file of a commune moving in, as CSV in the body, for the agents' accounts (planning-service imports the
 * same file for the planning agents, first): run dry (the default) or for real, by the operator or the commune's
 * administrator (the gateway's access rules), and answered with its report.
 */
@RestController
class AgentAccountsImportController {

    private final AgentAccountsImport accounts;

    AgentAccountsImportController(AgentAccountsImport accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/accounts/imports/communes/{commune}/agents")
    Mono<ResponseEntity<?>> run(@PathVariable String commune,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "fileName", required = false) String fileName,
            @RequestBody(required = false) String body, ServerWebExchange exchange) {
        String name = fileName == null || fileName.isBlank() ? "agents.csv" : fileName.strip();
        String path = exchange.getRequest().getPath().value();
        if (body == null || body.isBlank() || name.length() > 200 || name.contains("/") || name.indexOf('\0') >= 0
                || body.indexOf('\0') >= 0) {
            return Mono.just(ProblemWriter.entity(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Fichier illisible",
                    "Le fichier des agents est vide, ou son nom ou son contenu n'est pas un texte acceptable.", path)));
        }
        return accounts.run(commune, name, body, dryRun)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .onErrorResume(UnknownCommune.class, e -> Mono.just(ProblemWriter.entity(ProblemWriter.problem(
                        HttpStatus.NOT_FOUND, "Commune inconnue", e.getMessage(), path))))
                .onErrorResume(PlanningUnavailable.class, e -> Mono.just(ProblemWriter.entity(ProblemWriter.problem(
                        HttpStatus.SERVICE_UNAVAILABLE, "Planning indisponible", "Les agents du planning de la "
                                + "commune n'ont pas pu être lus : réessayez dans un moment.", path))));
    }
}
