package fr.creneau.stats.dimension.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.domain.LabelOffer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
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
    private final NamedParameterJdbcTemplate named;

    DimensionLabels(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void offer(String communeId, Dimension dimension, String id, String label, int priority,
            Instant occurredAt) {
        offerAll(List.of(new LabelOffer(communeId, dimension, id, label, priority, occurredAt)));
    }

    /**
     * Offers a batch's labels in one round trip: only each value's winning offer is sent (a rush's events all name
     * the same few places, counters and types), and the upsert keeps the stored row when it wins.
     */
    public void offerAll(Collection<LabelOffer> offers) {
        List<LabelOffer> winners = LabelOffer.winners(offers);
        if (winners.isEmpty()) {
            return;
        }
        named.batchUpdate("""
                        INSERT INTO dimension_label (commune_id, dimension, id, label, priority, occurred_at)
                        VALUES (:commune, :dimension, :id, :label, :priority, :occurredAt)
                        ON CONFLICT (commune_id, dimension, id) DO UPDATE
                        SET label = excluded.label, priority = excluded.priority, occurred_at = excluded.occurred_at
                        WHERE (excluded.priority, excluded.occurred_at, excluded.label)
                            > (dimension_label.priority, dimension_label.occurred_at, dimension_label.label)""",
                winners.stream().map(offer -> new MapSqlParameterSource()
                        .addValue("commune", offer.communeId())
                        .addValue("dimension", offer.dimension().name())
                        .addValue("id", offer.id())
                        .addValue("label", offer.label())
                        .addValue("priority", offer.priority())
                        .addValue("occurredAt", Timestamp.from(offer.occurredAt())))
                        .toArray(MapSqlParameterSource[]::new));
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
