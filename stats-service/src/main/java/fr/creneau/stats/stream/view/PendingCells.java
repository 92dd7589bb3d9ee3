package fr.creneau.stats.stream.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.stream.domain.FigureCell;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The cells changed since their last publication, each once, with the moment of its latest change. */
@Repository
public class PendingCells {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    PendingCells(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * In the transaction of the change, each cell with the moment of its latest change: a cell already pending keeps
     * one row, with the latest moment.
     */
    public void mark(Map<FigureCell, Instant> cells) {
        if (cells.isEmpty()) {
            return;
        }
        named.batchUpdate("""
                        INSERT INTO figure_cell_pending (cell_key, commune_id, cell_date, dimension, dimension_id, as_of)
                        VALUES (:key, :commune, :date, :dimension, :id, :asOf)
                        ON CONFLICT (cell_key) DO UPDATE SET as_of = GREATEST(figure_cell_pending.as_of, excluded.as_of)""",
                cells.entrySet().stream().map(entry -> new MapSqlParameterSource()
                        .addValue("key", entry.getKey().key())
                        .addValue("commune", entry.getKey().communeId())
                        .addValue("date", Date.valueOf(entry.getKey().date()))
                        .addValue("dimension", entry.getKey().dimension().name())
                        .addValue("id", entry.getKey().dimensionId())
                        .addValue("asOf", Timestamp.from(entry.getValue())))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** The later of two moments of change, null meaning none. */
    public static Instant later(Instant one, Instant other) {
        return one == null || (other != null && other.isAfter(one)) ? other : one;
    }

    /**
     * Up to {@code limit} pending cells, locked until the caller's transaction ends; those another instance is
     * publishing are skipped. A change to a locked cell waits for that end, then marks it pending again.
     */
    public List<Pending> claim(int limit) {
        return jdbc.sql("""
                        SELECT commune_id, cell_date, dimension, dimension_id, as_of FROM figure_cell_pending
                        ORDER BY as_of LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("limit", limit)
                .query((rs, row) -> new Pending(new FigureCell(rs.getString("commune_id"),
                        rs.getDate("cell_date").toLocalDate(), Dimension.valueOf(rs.getString("dimension")),
                        rs.getString("dimension_id")), rs.getTimestamp("as_of").toInstant()))
                .list();
    }

    /** Once published, in the transaction that claimed them. */
    public void published(List<Pending> cells) {
        if (!cells.isEmpty()) {
            jdbc.sql("DELETE FROM figure_cell_pending WHERE cell_key IN (:keys)")
                    .param("keys", cells.stream().map(pending -> pending.cell().key()).toList())
                    .update();
        }
    }

    /** A cell to publish again, and the moment of the latest change it reflects. */
    public record Pending(FigureCell cell, Instant asOf) {
    }
}
