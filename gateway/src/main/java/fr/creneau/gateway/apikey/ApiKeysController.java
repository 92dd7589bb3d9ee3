package fr.creneau.gateway.apikey;

import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * A commune's API keys, for its administrator (the access rules check who calls): the key is in the answer that
 * created it and nowhere else; a revoked key stays listed, with when it was revoked.
 */
@RestController
@RequestMapping("/api/integrations/communes/{communeId}/api-keys")
class ApiKeysController {

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    Mono<List<ApiKeyView>> list(@PathVariable String communeId) {
        return keys.ofCommune(communeId).map(list -> list.stream().map(ApiKeyView::of).toList());
    }

    @PostMapping
    Mono<ResponseEntity<?>> create(@PathVariable String communeId, @RequestBody NewApiKey request,
            @AuthenticationPrincipal Account caller, ServerWebExchange exchange) {
        String refusal = request == null ? new NewApiKey(null, null).refusal() : request.refusal();
        if (refusal != null) {
            return Mono.just(ProblemWriter.entity(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                    refusal, exchange.getRequest().getPath().value())));
        }
        return keys.create(communeId, request.label().strip(), request.scope(), caller.id())
                .map(created -> ResponseEntity.status(HttpStatus.CREATED).body(ApiKeyView.created(created)));
    }

    @DeleteMapping("/{keyId}")
    Mono<ResponseEntity<?>> revoke(@PathVariable String communeId, @PathVariable UUID keyId,
            ServerWebExchange exchange) {
        return keys.revoke(communeId, keyId).map(revoked -> revoked ? ResponseEntity.noContent().build()
                : ProblemWriter.entity(ProblemWriter.problem(HttpStatus.NOT_FOUND, "Clé inconnue",
                        "Aucune clé d'API « %s » dans cette commune.".formatted(keyId),
                        exchange.getRequest().getPath().value())));
    }

    /** A new key: a label saying who uses it, and its scope. */
    record NewApiKey(String label, ApiKeyScope scope) {

        String refusal() {
            if (label == null || label.isBlank() || label.strip().length() > 100) {
                return "Donnez à la clé un nom (label) de 1 à 100 caractères, qui dise qui l'utilise.";
            }
            return scope == null ? "Indiquez la portée (scope) de la clé : READ (lecture) ou WRITE (écriture)." : null;
        }
    }
}
