package fr.creneau.booking.catalog.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.creneau.booking.catalog.domain.CatalogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's table and its reads kept in memory for {@link #FRESHNESS}: this instance forgets them at once when
 * it learns a change, and another instance of booking-service, which learns it from other partitions of
 * planning.events, within that time.
 */
@Repository
class CatalogTable {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Cache<List<String>, Object> reads = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(FRESHNESS).build();

    CatalogTable(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps {@code entry}, described at {@code occurredAt}, unless a newer description of it is already known. */
    void remember(CatalogEntry entry, Instant occurredAt) {
        jdbc.sql("""
                        INSERT INTO catalog_entry (kind, id, commune_id, payload, occurred_at)
                        VALUES (:kind, :id, :communeId, CAST(:payload AS jsonb), :occurredAt)
                        ON CONFLICT (kind, id) DO UPDATE SET payload = EXCLUDED.payload,
                            occurred_at = EXCLUDED.occurred_at, commune_id = EXCLUDED.commune_id
                        WHERE catalog_entry.occurred_at <= EXCLUDED.occurred_at""")
                .param("kind", entry.getClass().getSimpleName())
                .param("id", entry.id())
                .param("communeId", entry.communeId())
                .param("payload", write(entry))
                .param("occurredAt", Timestamp.from(occurredAt))
                .update();
        forgetReads();
    }

    /** Now, and again once the transaction ends: a read in between could have cached what it replaces. */
    private void forgetReads() {
        reads.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reads.invalidateAll();
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    <T extends CatalogEntry> List<T> allOf(Class<T> kind, String communeId) {
        List<String> key = List.of("all", kind.getSimpleName(), communeId);
        List<T> all = (List<T>) reads.get(key, unused -> readAll(kind, communeId));
        if (all.isEmpty()) {
            reads.invalidate(key);
        }
        return all;
    }

    /**
     * What is found is kept for a few seconds; what is not is never kept: another instance may have just learnt of
     * a new type or counter, and a citizen sent here must not get a 404 for it until the entry expires.
     */
    @SuppressWarnings("unchecked")
    <T extends CatalogEntry> Optional<T> find(Class<T> kind, String id) {
        List<String> key = List.of("one", kind.getSimpleName(), id);
        Optional<T> found = (Optional<T>) reads.get(key, unused -> readOne(kind, id));
        if (found.isEmpty()) {
            reads.invalidate(key);
        }
        return found;
    }

    private <T extends CatalogEntry> List<T> readAll(Class<T> kind, String communeId) {
        return jdbc.sql("SELECT payload FROM catalog_entry WHERE kind = :kind AND commune_id = :communeId ORDER BY id")
                .param("kind", kind.getSimpleName())
                .param("communeId", communeId)
                .query(String.class).list().stream()
                .map(payload -> read(payload, kind))
                .toList();
    }

    private <T extends CatalogEntry> Optional<T> readOne(Class<T> kind, String id) {
        return jdbc.sql("SELECT payload FROM catalog_entry WHERE kind = :kind AND id = :id")
                .param("kind", kind.getSimpleName())
                .param("id", id)
                .query(String.class).optional()
                .map(payload -> read(payload, kind));
    }

    private String write(CatalogEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + entry.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String payload, Class<T> kind) {
        try {
            return json.readValue(payload, kind);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored " + kind.getSimpleName(), e);
        }
    }
}
