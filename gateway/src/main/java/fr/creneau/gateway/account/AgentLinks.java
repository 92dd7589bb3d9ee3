package fr.creneau.gateway.account;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * An account is linked only to a planning agent of its own commune: otherwise its actions would be recorded under
 * another commune's agent. planning-service says which agents a commune has.
 */
@Component
class AgentLinks {

    private final PlanningAgents planning;

    AgentLinks(PlanningAgents planning) {
        this.planning = planning;
    }

    /** Empty when {@code agentId} is none or an agent of the commune; else the answer refusing the link. */
    Mono<ResponseEntity<ProblemDetail>> refusal(String communeId, String agentId, String path) {
        if (agentId == null) {
            return Mono.empty();
        }
        return planning.existsIn(communeId, agentId)
                .flatMap(exists -> exists ? Mono.<ResponseEntity<ProblemDetail>>empty()
                        : Mono.just(notInCommune(communeId, agentId, path)))
                .onErrorResume(PlanningAgents.PlanningUnavailable.class,
                        e -> Mono.just(unavailable(communeId, agentId, path)));
    }

    private static ResponseEntity<ProblemDetail> notInCommune(String communeId, String agentId, String path) {
        String message = "la commune « %s » n'a pas d'agent « %s » dans ses plannings".formatted(communeId, agentId);
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                "agentId : " + message, path);
        problem.setProperty("errors", List.of(Map.of("field", "agentId", "message", message)));
        return ProblemWriter.entity(problem);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String communeId, String agentId, String path) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service indisponible",
                ("Le service des plannings ne répond pas : impossible de vérifier que l'agent « %s » est de la "
                        + "commune « %s ». Rien n'a été enregistré ; réessayez dans quelques instants.")
                        .formatted(agentId, communeId), path);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "10").body(problem);
    }
}
