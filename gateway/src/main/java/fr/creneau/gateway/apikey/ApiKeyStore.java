package fr.creneau.gateway.apikey;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The api_key table, in plain SQL. Blocking: callers on the event loop go through {@link ApiKeys}. */
@Repository
class ApiKeyStore {

    private static final String COLUMNS =
            "id, commune_id, label, scope, key_prefix, created_at, revoked_at, last_used_at";
    private static final RowMapper<ApiKey> KEY = (rs, row) -> new ApiKey(rs.getObject("id", UUID.class),
            rs.getString("commune_id"), rs.getString("label"), ApiKeyScope.valueOf(rs.getString("scope")),
            rs.getString("key_prefix"), instant(rs, "created_at"), instant(rs, "revoked_at"),
            instant(rs, "last_used_at"));

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKey key, String hash, UUID createdBy) {
        jdbc.sql("""
                        INSERT INTO api_key (id, commune_id, label, scope, key_hash, key_prefix, created_by, created_at)
                        VALUES (:id, :commune, :label, :scope, :hash, :prefix, :by, :now)""")
                .param("id", key.id()).param("commune", key.communeId()).param("label", key.label())
                .param("scope", key.scope().name()).param("hash", hash).param("prefix", key.prefix())
                .param("by", createdBy).param("now", Timestamp.from(key.createdAt())).update();
    }

    Optional<ApiKey> byHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = :hash").param("hash", hash)
                .query(KEY).optional();
    }

    List<ApiKey> ofCommune(String communeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE commune_id = :commune ORDER BY created_at")
                .param("commune", communeId).query(KEY).list();
    }

    boolean revoke(String communeId, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE api_key SET revoked_at = coalesce(revoked_at, :now)
                        WHERE id = :id AND commune_id = :commune""")
                .param("id", id).param("commune", communeId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** At most one write a minute per key, however many calls it makes. */
    void used(UUID id, Instant now) {
        jdbc.sql("""
                        UPDATE api_key SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)""")
                .param("id", id).param("now", Timestamp.from(now))
                .param("before", Timestamp.from(now.minus(Duration.ofMinutes(1)))).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
