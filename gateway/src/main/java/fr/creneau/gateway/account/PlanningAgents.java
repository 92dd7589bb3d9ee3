package fr.creneau.gateway.account;

import fr.creneau.gateway.identity.IdentitySigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Set;

/**
 * Asks planning-service whether a commune has a planning agent, as an agent of that commune the gateway vouches
 * for. Any answer but found or not found (an error, no answer in time) is {@link PlanningUnavailable}: the link is
 * then neither accepted nor refused.
 */
@Component
class PlanningAgents {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String GATEWAY_ACCOUNT = "passerelle";

    private final WebClient planning;
    private final IdentitySigner signer;

    PlanningAgents(WebClient.Builder web, @Value("${creneau.gateway.planning-url}") String planningUrl,
                   IdentitySigner signer) {
        this.planning = web.baseUrl(planningUrl).build();
        this.signer = signer;
    }

    Mono<Boolean> existsIn(String communeId, String agentId) {
        String identity = signer.sign(GATEWAY_ACCOUNT, communeId, Set.of(Role.AGENT), null, "Passerelle Créneau");
        return planning.get().uri("/api/planning/communes/{communeId}/agents/{agentId}", communeId, agentId)
                .header(IdentitySigner.HEADER, identity)
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().thenReturn(true);
                    }
                    if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return response.releaseBody().thenReturn(false);
                    }
                    return response.releaseBody().then(Mono.error(new PlanningUnavailable(
                            "planning-service answered " + response.statusCode().value())));
                })
                .timeout(TIMEOUT)
                .onErrorMap(error -> !(error instanceof PlanningUnavailable),
                        error -> new PlanningUnavailable(error.toString()));
    }

    static final class PlanningUnavailable extends RuntimeException {
        PlanningUnavailable(String reason) {
            super(reason);
        }
    }
}
