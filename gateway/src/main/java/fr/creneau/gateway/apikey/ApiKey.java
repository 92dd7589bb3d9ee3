package fr.creneau.gateway.apikey;

import java.time.Instant;
import java.util.UUID;

/** A key as the gateway knows it, never the key itself: its label, scope, first characters and times. */
public record ApiKey(UUID id, String communeId, String label, ApiKeyScope scope, String prefix, Instant createdAt,
                     Instant revokedAt, Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
