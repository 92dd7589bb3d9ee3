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
import java.util.Map;
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
        return planning.get().uri(onSomeInstance("/api/planning/communes/{communeId}/{collection}/{id}",
                        communeId, collection, id))
                .header(IdentityToken.HEADER, asAnAgentOf(communeId))
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

    /** The commune's planning agents, by their name as the import files write it ({@link #nameKey}) to their id. */
    Mono<Map<String, String>> byName(String communeId) {
        return planning.get().uri(onSomeInstance("/api/planning/communes/{communeId}/agents", communeId))
                .header(IdentityToken.HEADER, asAnAgentOf(communeId))
                .exchangeToMono(response -> {
                    if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return response.releaseBody().then(Mono.error(new UnknownCommune(communeId)));
                    }
                    if (!response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().then(Mono.error(new PlanningUnavailable(
                                "planning-service answered " + response.statusCode().value())));
                    }
                    return response.bodyToFlux(PlanningAgent.class)
                            .collectMap(agent -> nameKey(agent.displayName()), PlanningAgent::agentId);
                })
                .timeout(TIMEOUT)
                .onErrorMap(error -> !(error instanceof PlanningUnavailable || error instanceof UnknownCommune),
                        error -> new PlanningUnavailable(error.toString()));
    }

    /** The gateway itself, vouching for an agent of the commune: planning-service answers as to any of its agents. */
    private String asAnAgentOf(String communeId) {
        return signer.sign(IdentityToken.GATEWAY_ITSELF, communeId, Set.of(Role.AGENT), null, "Passerelle Créneau");
    }

    private URI onSomeInstance(String path, Object... variables) {
        URI instance = planningInstances.get(ThreadLocalRandom.current().nextInt(planningInstances.size()));
        return UriComponentsBuilder.fromUri(instance).path(path).buildAndExpand(variables).toUri();
    }

    static final class UnknownCommune extends RuntimeException {
        UnknownCommune(String communeId) {
            super("La commune « %s » est inconnue.".formatted(communeId));
        }
    }

    /** Case, accents kept, and runs of spaces aside, as planning-service compares the names of an import. */
    static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    record PlanningAgent(String agentId, String displayName) {
    }

    static final class PlanningUnavailable extends RuntimeException {
        PlanningUnavailable(String reason) {
            super(reason);
        }
    }
}
