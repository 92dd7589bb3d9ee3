package fr.creneau.booking.ratelimit.command;

import fr.creneau.booking.shared.domain.DerivedKey;
import fr.creneau.platform.problem.TooManyRequestsException;
import fr.creneau.platform.ratelimit.TokenBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One token bucket per limit and key, in the service's database so that every instance draws from the same one
 * (platform's {@link TokenBuckets}), refusing at once (no waiting) with a 429 in French that says when to come back.
 * A key is stored as its HMAC under the key of the duplicate rule's digests: the table never holds a mobile number or
 * an e-mail address in clear.
 */
@Component
public class RateLimits {

    public static final String RESERVATION_PER_PERSON = "reservation-per-person";
    public static final String CODE_PER_APPOINTMENT = "code-per-appointment";

    private final TokenBuckets buckets;
    private final DerivedKey key;
    private final Map<String, TokenBuckets.Budget> limits = new HashMap<>();

    RateLimits(TokenBuckets buckets, RateLimitProperties properties,
               @Value("${booking.one-time-code.secret:}") String secret) {
        this.buckets = buckets;
        this.key = DerivedKey.of(secret, DerivedKey.PERSONS, "les limites par personne");
        if (properties.rateLimits() != null) {
            properties.rateLimits().forEach((name, limit) ->
                    limits.put(name, new TokenBuckets.Budget(limit.limit(), limit.period())));
        }
    }

    public void check(String limitName, String key) {
        checkAll(limitName, key == null ? List.of() : List.of(key));
    }

    /**
     * Takes one call from each key's bucket, in one statement (in the caller's transaction if there is one); if any
     * is empty, refuses with the longest wait. Outside a transaction, the keys that had room have spent it.
     */
    public void checkAll(String limitName, Collection<String> keys) {
        TokenBuckets.Budget budget = limits.get(limitName);
        if (budget == null) {
            return;
        }
        List<String> ids = keys.stream().filter(Objects::nonNull).map(k -> limitName + "/" + key.hex(k)).toList();
        buckets.take(budget, ids).ifPresent(wait -> {
            throw new TooManyRequestsException("Trop de demandes en peu de temps. Réessayez dans quelques minutes.",
                    wait);
        });
    }
}
