package fr.creneau.gateway.account;

import fr.creneau.gateway.account.AccountRequests.AccountChange;
import fr.creneau.gateway.account.AccountRequests.AccountView;
import fr.creneau.gateway.account.AccountRequests.NewAccount;
import fr.creneau.gateway.problem.ProblemWriter;
import fr.creneau.identity.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A commune's accounts, for its administrator or the platform administrator (the gateway's access rules check who
 * calls; this controller checks what they ask, and {@link AgentLinks} the planning agent an account is linked to).
 */
@RestController
@RequestMapping("/api/accounts/communes/{communeId}/accounts")
class AccountsController {

    private final Accounts accounts;
    private final AgentLinks agentLinks;

    AccountsController(Accounts accounts, AgentLinks agentLinks) {
        this.accounts = accounts;
        this.agentLinks = agentLinks;
    }

    @GetMapping
    Mono<List<AccountView>> list(@PathVariable String communeId) {
        return accounts.ofCommune(communeId).map(list -> list.stream().map(AccountView::of).toList());
    }

    @PostMapping
    Mono<ResponseEntity<?>> create(@PathVariable String communeId, @RequestBody NewAccount request,
                                   ServerWebExchange exchange) {
        List<Map<String, String>> errors = request.errors();
        if (!errors.isEmpty()) {
            return Mono.just(invalid(errors, exchange));
        }
        Account account = request.toAccount(communeId);
        return agentLinks.refusal(account, path(exchange))
                .<ResponseEntity<?>>map(refusal -> refusal)
                .switchIfEmpty(Mono.defer(() -> accounts.create(account, request.password())
                        .map(created -> ResponseEntity
                                .created(URI.create(exchange.getRequest().getPath().value() + "/" + created.id()))
                                .body(AccountView.of(created)))))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(ProblemWriter.entity(ProblemWriter.problem(
                        HttpStatus.CONFLICT, "Compte déjà existant",
                        "Un compte porte déjà cet identifiant ou cette adresse e-mail.", path(exchange)))));
    }

    @PutMapping("/{accountId}")
    Mono<ResponseEntity<?>> update(@PathVariable String communeId, @PathVariable UUID accountId,
                                   @RequestBody AccountChange request, @AuthenticationPrincipal Account caller,
                                   ServerWebExchange exchange) {
        List<Map<String, String>> errors = request.errors();
        if (!errors.isEmpty()) {
            return Mono.just(invalid(errors, exchange));
        }
        return accounts.find(accountId)
                .filter(account -> account.isMemberOf(communeId))
                .flatMap(account -> {
                    Account changed = request.applyTo(account);
                    if (caller.id().equals(account.id()) && !(changed.enabled() && changed.has(Role.COMMUNE_ADMIN))) {
                        return Mono.just(ProblemWriter.entity(ProblemWriter.problem(HttpStatus.CONFLICT,
                                "Modification refusée", "Vous ne pouvez ni désactiver votre propre compte ni lui "
                                        + "retirer le rôle d'administrateur de la commune.", path(exchange))));
                    }
                    return agentLinks.refusal(changed, path(exchange))
                            .<ResponseEntity<?>>map(refusal -> refusal)
                            .switchIfEmpty(Mono.defer(() -> accounts.update(changed, request.password())
                                    .map(updated -> ResponseEntity.ok(AccountView.of(updated)))));
                })
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(ProblemWriter.entity(ProblemWriter.problem(
                        HttpStatus.CONFLICT, "Adresse e-mail déjà utilisée",
                        "Un autre compte a déjà cette adresse e-mail.", path(exchange)))))
                .defaultIfEmpty(ProblemWriter.entity(ProblemWriter.problem(HttpStatus.NOT_FOUND, "Compte introuvable",
                        "Cette commune n'a pas de compte " + accountId + ".", path(exchange))));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors, ServerWebExchange exchange) {
        String detail = String.join(" ; ", errors.stream().map(e -> e.get("field") + " : " + e.get("message")).toList());
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide", detail, path(exchange));
        problem.setProperty("errors", errors);
        return ProblemWriter.entity(problem);
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
