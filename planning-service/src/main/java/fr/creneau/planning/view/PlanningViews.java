package fr.creneau.planning.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Stores and reads view documents; each feature names its own kind. */
@Component
public class PlanningViews {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PlanningViews(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(String kind, String id, String communeId, Object body) {
        jdbc.sql("""
                        INSERT INTO planning_view (kind, id, commune_id, body) VALUES (:kind, :id, :communeId, CAST(:body AS jsonb))
                        ON CONFLICT (kind, id) DO UPDATE SET body = EXCLUDED.body, commune_id = EXCLUDED.commune_id""")
                .param("kind", kind).param("id", id).param("communeId", communeId).param("body", write(body))
                .update();
    }

    public void delete(String kind, String id) {
        jdbc.sql("DELETE FROM planning_view WHERE kind = :kind AND id = :id").param("kind", kind).param("id", id).update();
    }

    /** Holds the document's row until the transaction ends, so that checks made on it are made one at a time. */
    public void lock(String kind, String id) {
        jdbc.sql("SELECT id FROM planning_view WHERE kind = :kind AND id = :id FOR UPDATE")
                .param("kind", kind).param("id", id).query(String.class).optional();
    }

    public <T> Optional<T> find(String kind, String id, Class<T> type) {
        return jdbc.sql("SELECT body::text FROM planning_view WHERE kind = :kind AND id = :id")
                .param("kind", kind).param("id", id)
                .query(String.class).optional().map(body -> read(body, type));
    }

    /** The document, only if it belongs to {@code communeId}: another commune's id is as good as unknown. */
    public <T> Optional<T> findInCommune(String kind, String communeId, String id, Class<T> type) {
        return jdbc.sql("SELECT body::text FROM planning_view WHERE kind = :kind AND id = :id AND commune_id = :communeId")
                .param("kind", kind).param("id", id).param("communeId", communeId)
                .query(String.class).optional().map(body -> read(body, type));
    }

    public <T> List<T> listAll(String kind, Class<T> type) {
        return jdbc.sql("SELECT body::text FROM planning_view WHERE kind = :kind ORDER BY id")
                .param("kind", kind)
                .query(String.class).list().stream().map(body -> read(body, type)).toList();
    }

    public <T> List<T> listInCommune(String kind, String communeId, Class<T> type) {
        return jdbc.sql("SELECT body::text FROM planning_view WHERE kind = :kind AND commune_id = :communeId ORDER BY id")
                .param("kind", kind).param("communeId", communeId)
                .query(String.class).list().stream().map(body -> read(body, type)).toList();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write view " + body.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read view " + type.getSimpleName(), e);
        }
    }
}
