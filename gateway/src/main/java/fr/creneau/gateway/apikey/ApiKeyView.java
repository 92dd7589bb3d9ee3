package fr.creneau.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** A key as the API shows it; {@code key} only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiKeyView(UUID id, String label, ApiKeyScope scope, String prefix, Instant createdAt, Instant revokedAt,
                  Instant lastUsedAt, String key) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.label(), key.scope(), key.prefix(), key.createdAt(), key.revokedAt(),
                key.lastUsedAt(), null);
    }

    static ApiKeyView created(ApiKeys.Created created) {
        ApiKey key = created.key();
        return new ApiKeyView(key.id(), key.label(), key.scope(), key.prefix(), key.createdAt(), null, null,
                created.secret());
    }
}
