package fr.creneau.gateway.account;

import fr.creneau.gateway.instances.ServiceAddresses;
import fr.creneau.identity.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Tells notification-service the e-mail addresses of a commune's enabled administrators (its SMS budget alerts go to
 * them): after each change of one of the commune's accounts, and for every commune at start and then every
 * {@code creneau.gateway.accounts.administrators-every} (10 minutes), so that a call that failed is made good. The
 * call is signed as the gateway itself, on a path the gateway routes no client to.
 */
@Component
class AdministratorAddresses {

    private final AccountStore store;
    private final List<URI> notificationInstances;
    private final SignedPut put;

    AdministratorAddresses(AccountStore store, ServiceAddresses addresses, SignedPut put) {
        this.store = store;
        this.notificationInstances = addresses.services().getOrDefault("notifications", List.of());
        this.put = put;
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
        return Mono.fromCallable(() -> emails(communeId)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(emails -> put.put(notificationInstances,
                        "/internal/notifications/communes/{communeId}/administrators", communeId,
                        Map.of("emails", emails)));
    }

    private List<String> emails(String communeId) {
        return store.ofCommune(communeId).stream()
                .filter(account -> account.enabled() && account.has(Role.COMMUNE_ADMIN) && account.email() != null)
                .map(Account::email).toList();
    }
}
