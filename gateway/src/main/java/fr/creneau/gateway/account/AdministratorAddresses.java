package fr.creneau.gateway.account;

import fr.creneau.gateway.identity.IdentitySigner;
import fr.creneau.gateway.instances.ServiceAddresses;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tells notification-service the e-mail addresses of a commune's enabled administrators (its SMS budget alerts go to
 * them): after each change of one of the commune's accounts, and for every commune at start and then every
 * {@code creneau.gateway.accounts.administrators-every} (10 minutes), so that a call that failed is made good. The
 * call is signed as the gateway itself, on a path the gateway routes no client to.
 */
@Component
class AdministratorAddresses {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorAddresses.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final AccountStore store;
    private final WebClient web;
    private final List<URI> notificationInstances;
    private final IdentitySigner signer;

    AdministratorAddresses(AccountStore store, WebClient.Builder web, ServiceAddresses addresses,
            IdentitySigner signer) {
        this.store = store;
        this.web = web.build();
        this.notificationInstances = addresses.services().getOrDefault("notifications", List.of());
        this.signer = signer;
    }

    /** Fire and forget: an account change never waits for, nor fails with, notification-service. */
    void tell(String communeId) {
        if (communeId != null) {
            send(communeId).subscribe();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${creneau.gateway.accounts.administrators-every:PT10M}",
            initialDelayString = "${creneau.gateway.accounts.administrators-every:PT10M}")
    void tellEveryCommune() {
        Mono.fromCallable(store::communes).subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::send)
                .subscribe();
    }

    Mono<Void> send(String communeId) {
        if (notificationInstances.isEmpty()) {
            return Mono.empty();
        }
        URI instance = notificationInstances.get(ThreadLocalRandom.current().nextInt(notificationInstances.size()));
        URI target = UriComponentsBuilder.fromUri(instance)
                .path("/internal/notifications/communes/{communeId}/administrators").buildAndExpand(communeId).toUri();
        return Mono.fromCallable(() -> emails(communeId)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(emails -> web.put().uri(target)
                        .header(IdentityToken.HEADER, signer.sign(IdentityToken.GATEWAY_ITSELF, communeId,
                                Set.of(Role.COMMUNE_ADMIN), null, "Passerelle Créneau"))
                        .bodyValue(Map.of("emails", emails))
                        .retrieve().toBodilessEntity().timeout(TIMEOUT))
                .then()
                .onErrorResume(error -> {
                    LOG.warn("notification-service was not told the administrators of {} ({}); told again later",
                            communeId, error.toString());
                    return Mono.empty();
                });
    }

    private List<String> emails(String communeId) {
        return store.ofCommune(communeId).stream()
                .filter(account -> account.enabled() && account.has(Role.COMMUNE_ADMIN) && account.email() != null)
                .map(Account::email).toList();
    }
}
