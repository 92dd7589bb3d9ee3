package fr.creneau.gateway.apikey;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/** The API keys for the reactive gateway: every JDBC call runs on the bounded elastic scheduler. */
@Service
public class ApiKeys {

    /** A key just made: what is kept of it, and the key itself, to be shown once. */
    public record Created(ApiKey key, String secret) {
    }

    private final ApiKeyStore store;
    private final Clock clock;

    ApiKeys(ApiKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The key presented, if it is one of ours and not revoked; its last use is recorded. */
    public Mono<ApiKey> authenticate(String presented) {
        if (!KeyHash.looksLikeAKey(presented)) {
            return Mono.empty();
        }
        return offloaded(() -> store.byHash(KeyHash.of(presented)).filter(key -> !key.revoked()).map(key -> {
            store.used(key.id(), clock.instant());
            return key;
        }).orElse(null));
    }

    Mono<Created> create(String communeId, String label, ApiKeyScope scope, UUID createdBy) {
        String secret = KeyHash.newKey();
        ApiKey key = new ApiKey(UUID.randomUUID(), communeId, label, scope, KeyHash.visiblePart(secret),
                clock.instant(), null, null);
        return offloaded(() -> {
            store.insert(key, KeyHash.of(secret), createdBy);
            return new Created(key, secret);
        });
    }

    Mono<List<ApiKey>> ofCommune(String communeId) {
        return offloaded(() -> store.ofCommune(communeId));
    }

    Mono<Boolean> revoke(String communeId, UUID id) {
        return offloaded(() -> store.revoke(communeId, id, clock.instant()));
    }

    private static <T> Mono<T> offloaded(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
