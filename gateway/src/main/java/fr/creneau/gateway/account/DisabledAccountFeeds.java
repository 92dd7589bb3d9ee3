package fr.creneau.gateway.account;

import fr.creneau.gateway.instances.ServiceAddresses;
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
 * Tells booking-service a commune's disabled accounts, whose calendar feeds it then revokes: after each change of one
 * of the commune's accounts, and for every commune at start and then every
 * {@code creneau.gateway.accounts.disabled-every} (10 minutes), so that a call that failed is made good.
 */
@Component
class DisabledAccountFeeds {

    static final String PATH = "/internal/booking/communes/{communeId}/disabled-accounts";

    private final AccountStore store;
    private final List<URI> bookingInstances;
    private final SignedPut put;

    DisabledAccountFeeds(AccountStore store, ServiceAddresses addresses, SignedPut put) {
        this.store = store;
        this.bookingInstances = addresses.services().getOrDefault("booking", List.of());
        this.put = put;
    }

    /** Fire and forget: disabling an account never waits for, nor fails with, booking-service. */
    void tell(String communeId) {
        if (communeId != null) {
            send(communeId).subscribe();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${creneau.gateway.accounts.disabled-every:PT10M}",
            initialDelayString = "${creneau.gateway.accounts.disabled-every:PT10M}")
    void tellEveryCommune() {
        Mono.fromCallable(store::communes).subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::send)
                .subscribe();
    }

    Mono<Void> send(String communeId) {
        return Mono.fromCallable(() -> disabled(communeId)).subscribeOn(Schedulers.boundedElastic())
                .filter(ids -> !ids.isEmpty())
                .flatMap(ids -> put.put(bookingInstances, PATH, communeId, Map.of("accountIds", ids)));
    }

    private List<String> disabled(String communeId) {
        return store.ofCommune(communeId).stream().filter(account -> !account.enabled())
                .map(account -> account.id().toString()).toList();
    }
}
