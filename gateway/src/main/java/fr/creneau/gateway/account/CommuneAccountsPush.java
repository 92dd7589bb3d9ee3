package fr.creneau.gateway.account;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a service must know of a commune's accounts, told by the gateway, which owns them: after each change of one of
 * the commune's accounts, and for every commune at start and then on a schedule, so that a call that failed is made
 * good. The call is signed as the gateway itself, on a path the gateway routes no client to ({@link SignedPut}).
 */
abstract class CommuneAccountsPush {

    private final AccountStore store;
    private final List<URI> instances;
    private final String path;
    private final SignedPut put;

    CommuneAccountsPush(AccountStore store, List<URI> instances, String path, SignedPut put) {
        this.store = store;
        this.instances = instances;
        this.path = path;
        this.put = put;
    }

    /** What the service is told of the commune's accounts, or nothing when there is nothing to tell. */
    abstract Optional<Object> body(List<Account> accountsOfTheCommune);

    /** Fire and forget: an account change never waits for, nor fails with, the service. */
    void tell(String communeId) {
        if (communeId != null) {
            send(communeId).subscribe();
        }
    }

    void tellEveryCommune() {
        Mono.fromCallable(store::communes).subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::send)
                .subscribe();
    }

    Mono<Void> send(String communeId) {
        return Mono.fromCallable(() -> body(store.ofCommune(communeId))).subscribeOn(Schedulers.boundedElastic())
                .flatMap(body -> body.map(value -> put.put(instances, path, communeId, value)).orElse(Mono.empty()));
    }
}
