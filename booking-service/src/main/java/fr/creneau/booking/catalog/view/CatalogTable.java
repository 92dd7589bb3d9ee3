package fr.creneau.booking.catalog.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.catalog.domain.CatalogEntry;
import fr.creneau.platform.cache.ShortLivedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
    private final ShortLivedReads reads = new ShortLivedReads(FRESHNESS);

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
        reads.forget();
    }

    <T extends CatalogEntry> List<T> allOf(Class<T> kind, String communeId) {
        List<String> key = List.of("all", kind.getSimpleName(), communeId);
        List<T> all = reads.get(key, () -> readAll(kind, communeId));
        if (all.isEmpty()) {
            reads.invalidate(key);
        }
        return all;
    }

    /**
     * What is found is kept for a few seconds; what is not is never kept: another instance may have just learnt of
     * a new type or counter, and a citizen sent here must not get a 404 for it until the entry expires.
     */
    <T extends CatalogEntry> Optional<T> find(Class<T> kind, String id) {
        List<String> key = List.of("one", kind.getSimpleName(), id);
        Optional<T> found = reads.get(key, () -> readOne(kind, id));
        if (found.isEmpty()) {
            reads.invalidate(key);
        }
        return found;
    }

    /**
     * Like {@link #find}, but an absence is kept as long as an entry would be: for a setting whose absence means its
     * default (no suspension, the default options), which every reservation asks for. A change is forgotten at once
     * by the instance that learns it, and by the others within {@link #FRESHNESS}, as for any entry.
     */
    <T extends CatalogEntry> Optional<T> setting(Class<T> kind, String id) {
        return reads.get(List.of("one", kind.getSimpleName(), id), () -> readOne(kind, id));
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
