package fr.creneau.gateway.account;

import fr.creneau.gateway.identity.IdentitySigner;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * What the gateway tells a service of a commune's accounts: a PUT to one of its instances, on a path the gateway
 * routes no client to, signed as the gateway itself acting as the commune's administrator. A failure is logged and
 * swallowed: the callers tell again on a schedule.
 */
@Component
class SignedPut {

    private static final Logger LOG = LoggerFactory.getLogger(SignedPut.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient web;
    private final IdentitySigner signer;

    SignedPut(WebClient.Builder web, IdentitySigner signer) {
        this.web = web.build();
        this.signer = signer;
    }

    Mono<Void> put(List<URI> instances, String pathOfCommune, String communeId, Object body) {
        if (instances.isEmpty()) {
            return Mono.empty();
        }
        URI instance = instances.get(ThreadLocalRandom.current().nextInt(instances.size()));
        URI target = UriComponentsBuilder.fromUri(instance).path(pathOfCommune).buildAndExpand(communeId).toUri();
        return web.put().uri(target)
                .header(IdentityToken.HEADER, signer.sign(IdentityToken.GATEWAY_ITSELF, communeId,
                        Set.of(Role.COMMUNE_ADMIN), null, "Passerelle Créneau"))
                .bodyValue(body)
                .retrieve().toBodilessEntity().timeout(TIMEOUT)
                .then()
                .onErrorResume(error -> {
                    LOG.warn("{} was not told of {}'s accounts ({}); told again later", target.getHost() + target.getPath(),
                            communeId, error.toString());
                    return Mono.empty();
                });
    }
}
