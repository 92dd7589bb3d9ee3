package fr.creneau.booking.ratelimit.command;

import fr.creneau.booking.shared.domain.DerivedKey;
import fr.creneau.platform.problem.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One token bucket per limit and key, in the service's database so that every instance draws from the same one,
 * refusing at once (no waiting) with a 429 in French that says when to come back. A key is stored as its HMAC under
 * the key of the duplicate rule's digests: the table never holds a mobile number or an e-mail address in clear.
 * <p>
 * A bucket is one number, the moment it would be full again ({@code expires_at}, the database's clock): a call adds a
 * period's share to it and is refused if that moment would lie more than a period ahead (the "generic cell rate
 * algorithm", the same as a bucket of {@code limit} tokens refilled greedily over the period). So a check is one
 * upsert for all the keys of a call, where Bucket4j's buckets took five statements and three transactions a key;
 * the row lock of {@code ON CONFLICT DO UPDATE} keeps it exact across instances. The rows keep Bucket4j's table and
 * its sweep, which deletes them once that moment is past.
 */
@Component
public class RateLimits {

    public static final String RESERVATION_PER_PERSON = "reservation-per-person";
    public static final String CODE_PER_APPOINTMENT = "code-per-appointment";

    private static final String NOW_MS = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";

    private final JdbcClient jdbc;
    private final DerivedKey key;
    private final Map<String, RateLimitProperties.Limit> limits = new HashMap<>();

    RateLimits(JdbcClient jdbc, RateLimitProperties properties,
               @Value("${booking.one-time-code.secret:}") String secret) {
        this.jdbc = jdbc;
        this.key = DerivedKey.of(secret, DerivedKey.PERSONS, "les limites par personne");
        if (properties.rateLimits() != null) {
            limits.putAll(properties.rateLimits());
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
        RateLimitProperties.Limit limit = limits.get(limitName);
        List<String> ids = keys.stream().filter(Objects::nonNull).map(k -> limitName + "/" + digest(k))
                // in one order, so that two calls sharing keys lock their rows in the same order (no deadlock)
                .distinct().sorted().toList();
        if (limit == null || ids.isEmpty()) {
            return;
        }
        long period = limit.period().toMillis();
        long share = period / limit.limit();
        Set<String> taken = new HashSet<>(jdbc.sql("""
                        INSERT INTO rate_limit_bucket (id, expires_at)
                        SELECT id, %s + ? FROM unnest(?::varchar[]) AS k(id)
                        ON CONFLICT (id) DO UPDATE SET state = NULL,
                            expires_at = GREATEST(rate_limit_bucket.expires_at + ?, EXCLUDED.expires_at)
                        WHERE coalesce(rate_limit_bucket.expires_at, 0) + ? - EXCLUDED.expires_at <= ?
                        RETURNING id""".formatted(NOW_MS))
                .params(share, ids.toArray(String[]::new), share, share, period - share)
                .query(String.class).list());
        if (taken.size() < ids.size()) {
            String[] refused = ids.stream().filter(id -> !taken.contains(id)).toArray(String[]::new);
            Long waitMs = jdbc.sql("""
                            SELECT max(expires_at + ? - %s) FROM rate_limit_bucket
                            WHERE id = ANY(?::varchar[])""".formatted(NOW_MS))
                    .params(share - period, refused).query(Long.class).single();
            throw new TooManyRequestsException("Trop de demandes en peu de temps. Réessayez dans quelques minutes.",
                    Duration.ofMillis(waitMs == null ? period : Math.max(0, waitMs)));
        }
    }

    private String digest(String text) {
        return key.hex(text);
    }
}
