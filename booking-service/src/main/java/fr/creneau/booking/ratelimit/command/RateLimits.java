package fr.creneau.booking.ratelimit.command;

import fr.creneau.booking.shared.domain.DerivedKey;
import fr.creneau.platform.problem.TooManyRequestsException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One token bucket per limit and key, in the service's database so that every instance draws from the same one,
 * refusing at once (no waiting) with a 429 in French that says when to come back. A key is stored as its HMAC under
 * the key of the duplicate rule's digests: the table never holds a mobile number or an e-mail address in clear.
 */
@Component
public class RateLimits {

    public static final String RESERVATION_PER_PERSON = "reservation-per-person";
    public static final String CODE_PER_APPOINTMENT = "code-per-appointment";

    private final ProxyManager<String> store;
    private final DerivedKey key;
    private final Map<String, BucketConfiguration> limits = new HashMap<>();

    RateLimits(ProxyManager<String> rateLimitBuckets, RateLimitProperties properties,
               @Value("${booking.one-time-code.secret:}") String secret) {
        this.store = rateLimitBuckets;
        this.key = DerivedKey.of(secret, DerivedKey.PERSONS, "les limites par personne");
        if (properties.rateLimits() != null) {
            properties.rateLimits().forEach((name, limit) -> limits.put(name, configuration(limit)));
        }
    }

    public void check(String limitName, String key) {
        BucketConfiguration limit = limits.get(limitName);
        if (limit == null || key == null) {
            return;
        }
        ConsumptionProbe probe = store.getProxy(limitName + "/" + digest(key), () -> limit)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("Trop de demandes en peu de temps. Réessayez dans quelques minutes.",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.limit()).refillGreedy(limit.limit(), limit.period()).build())
                .build();
    }

    private String digest(String text) {
        return key.hex(text);
    }
}
