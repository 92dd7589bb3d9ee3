package fr.creneau.stats.dimension.view;

import fr.creneau.stats.dimension.domain.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Display names of places, counters, agents... Names from planning.events (the owner) beat the copies booking
 * events carry; among equals the latest wins, then the greatest label, so replaying the topics in any interleaving
 * ends with the same names.
 */
@Repository
public class DimensionLabels {

    public static final int FROM_BOOKING = 0;
    public static final int FROM_PLANNING = 1;

    private final JdbcClient jdbc;

    DimensionLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void offer(String communeId, Dimension dimension, String id, String label, int priority,
            Instant occurredAt) {
        if (communeId == null || id == null || label == null || label.isBlank()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO dimension_label (commune_id, dimension, id, label, priority, occurred_at)
                        VALUES (:commune, :dimension, :id, :label, :priority, :occurredAt)
                        ON CONFLICT (commune_id, dimension, id) DO UPDATE
                        SET label = excluded.label, priority = excluded.priority, occurred_at = excluded.occurred_at
                        WHERE (excluded.priority, excluded.occurred_at, excluded.label)
                            > (dimension_label.priority, dimension_label.occurred_at, dimension_label.label)""")
                .param("commune", communeId)
                .param("dimension", dimension.name())
                .param("id", id)
                .param("label", label)
                .param("priority", priority)
                .param("occurredAt", Timestamp.from(occurredAt == null ? Instant.EPOCH : occurredAt))
                .update();
    }

    /** Labels of one dimension in a commune, by id. */
    public Map<String, String> of(String communeId, Dimension dimension) {
        return jdbc.sql("SELECT id, label FROM dimension_label WHERE commune_id = ? AND dimension = ?")
                .param(communeId)
                .param(dimension.name())
                .query((row, number) -> Map.entry(row.getString("id"), row.getString("label")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String labelOf(String communeId, Dimension dimension, String id) {
        return jdbc.sql("SELECT label FROM dimension_label WHERE commune_id = ? AND dimension = ? AND id = ?")
                .param(communeId)
                .param(dimension.name())
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
