package fr.creneau.notification.planning.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** Whether the operator suspended each commune, as planning announced it; a later announcement wins. */
@Repository
public class CommuneSuspensions {

    private final JdbcClient jdbc;

    CommuneSuspensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String communeId, boolean suspended, Instant at) {
        jdbc.sql("""
                        INSERT INTO commune_suspension (commune_id, suspended, updated_at) VALUES (:c, :s, :at)
                        ON CONFLICT (commune_id) DO UPDATE SET suspended = excluded.suspended,
                            updated_at = excluded.updated_at
                        WHERE commune_suspension.updated_at <= excluded.updated_at""")
                .param("c", communeId).param("s", suspended)
                .param("at", Timestamp.from(at == null ? Instant.EPOCH : at))
                .update();
    }

    public boolean suspended(String communeId) {
        return jdbc.sql("SELECT suspended FROM commune_suspension WHERE commune_id = :c").param("c", communeId)
                .query(Boolean.class).optional().orElse(false);
    }
}
