package fr.creneau.gateway.account;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * An account is linked only to a planning agent of its own commune: otherwise its actions would be recorded under
 * another commune's agent. A manager manages only services of their commune. planning-service says which agents and
 * services a commune has.
 */
@Component
class AgentLinks {

    private final PlanningAgents planning;

    AgentLinks(PlanningAgents planning) {
        this.planning = planning;
    }

    /**
     * Empty when the account's planning agent (if any) and the services it manages are the commune's; else the
     * answer refusing the account.
     */
    Mono<ResponseEntity<ProblemDetail>> refusal(Account account, String path) {
        return agentRefusal(account.communeId(), account.agentId(), path)
                .switchIfEmpty(Flux.fromIterable(account.serviceIds())
                        .concatMap(serviceId -> serviceRefusal(account.communeId(), serviceId, path))
                        .next());
    }

    private Mono<ResponseEntity<ProblemDetail>> agentRefusal(String communeId, String agentId, String path) {
        if (agentId == null) {
            return Mono.empty();
        }
        return planning.existsIn(communeId, agentId)
                .flatMap(exists -> exists ? Mono.<ResponseEntity<ProblemDetail>>empty()
                        : Mono.just(notInCommune("agentId", "la commune « %s » n'a pas d'agent « %s » dans ses plannings"
                                .formatted(communeId, agentId), path)))
                .onErrorResume(PlanningAgents.PlanningUnavailable.class,
                        e -> Mono.just(unavailable("l'agent « %s »".formatted(agentId), communeId, path)));
    }

    private Mono<ResponseEntity<ProblemDetail>> serviceRefusal(String communeId, String serviceId, String path) {
        return planning.serviceExistsIn(communeId, serviceId)
                .flatMap(exists -> exists ? Mono.<ResponseEntity<ProblemDetail>>empty()
                        : Mono.just(notInCommune("serviceIds", "la commune « %s » n'a pas de service « %s »"
                                .formatted(communeId, serviceId), path)))
                .onErrorResume(PlanningAgents.PlanningUnavailable.class,
                        e -> Mono.just(unavailable("le service « %s »".formatted(serviceId), communeId, path)));
    }

    private static ResponseEntity<ProblemDetail> notInCommune(String field, String message, String path) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                field + " : " + message, path);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ProblemWriter.entity(problem);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String what, String communeId, String path) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service indisponible",
                ("Le service des plannings ne répond pas : impossible de vérifier que %s est de la "
                        + "commune « %s ». Rien n'a été enregistré ; réessayez dans quelques instants.")
                        .formatted(what, communeId), path);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "10").body(problem);
    }
}
