package fr.creneau.gateway.account;

import fr.creneau.gateway.identity.IdentitySigner;
import fr.creneau.gateway.instances.ServiceAddresses;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Asks planning-service whether a commune has a planning agent (or a service), as an agent of that commune the gateway vouches
 * for. Any answer but found or not found (an error, no answer in time) is {@link PlanningUnavailable}: the link is
 * then neither accepted nor refused.
 */
@Component
class PlanningAgents {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String GATEWAY_ACCOUNT = "passerelle";

    private final WebClient planning;
    private final List<URI> planningInstances;
    private final IdentitySigner signer;

    PlanningAgents(WebClient.Builder web, ServiceAddresses addresses, IdentitySigner signer) {
        this.planning = web.build();
        this.planningInstances = addresses.services().getOrDefault("planning", List.of());
        if (planningInstances.isEmpty()) {
            throw new IllegalStateException("no address for planning-service (PLANNING_URL)");
        }
        this.signer = signer;
    }

    Mono<Boolean> existsIn(String communeId, String agentId) {
        return exists(communeId, "agents", agentId);
    }

    Mono<Boolean> serviceExistsIn(String communeId, String serviceId) {
        return exists(communeId, "services", serviceId);
    }

    private Mono<Boolean> exists(String communeId, String collection, String id) {
        String identity = signer.sign(GATEWAY_ACCOUNT, communeId, Set.of(Role.AGENT), null, "Passerelle Créneau");
        URI instance = planningInstances.get(ThreadLocalRandom.current().nextInt(planningInstances.size()));
        URI entity = UriComponentsBuilder.fromUri(instance).path("/api/planning/communes/{communeId}/{collection}/{id}")
                .buildAndExpand(communeId, collection, id).toUri();
        return planning.get().uri(entity)
                .header(IdentityToken.HEADER, identity)
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
