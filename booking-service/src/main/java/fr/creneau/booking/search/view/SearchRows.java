package fr.creneau.booking.search.view;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index rows of a batch of events, written when the batch is handled: one row per appointment, upserted in one
 * JDBC batch, where each event cost two round trips (an import of 10,000 appointments made 20,000 beside it). The
 * appointments left with nothing to be found by lose their row in one statement. An appointment indexed twice in a
 * batch keeps its last row only.
 */
final class SearchRows {

    private static final String PENDING = SearchRows.class.getName();

    private record Row(String communeId, HashArray hashes) {
    }

    private final Map<String, Row> byAppointment = new LinkedHashMap<>();

    /** The rows of the current unit of work, sent at its prepare-commit; without one, sent by {@code now}. */
    static SearchRows current(NamedParameterJdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new SearchRows();
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        return unit.getOrComputeResource(PENDING, key -> {
            SearchRows rows = new SearchRows();
            unit.onPrepareCommit(u -> rows.send(jdbc));
            return rows;
        });
    }

    /** Replaces the row of the appointment, in the unit of work or at once; no hashes removes it. */
    void replace(String appointmentId, String communeId, HashArray hashes, NamedParameterJdbcTemplate jdbc) {
        byAppointment.put(appointmentId, new Row(communeId, hashes));
        if (!CurrentUnitOfWork.isStarted()) {
            send(jdbc);
        }
    }

    private void send(NamedParameterJdbcTemplate jdbc) {
        if (byAppointment.isEmpty()) {
            return;
        }
        List<String> removed = byAppointment.entrySet().stream().filter(row -> row.getValue().hashes().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (!removed.isEmpty()) {
            jdbc.update("DELETE FROM contact_search_tokens WHERE appointment_id IN (:ids)",
                    new MapSqlParameterSource("ids", removed));
        }
        SqlParameterSource[] rows = byAppointment.entrySet().stream()
                .filter(row -> !row.getValue().hashes().isEmpty())
                .map(row -> new MapSqlParameterSource("id", row.getKey())
                        .addValue("communeId", row.getValue().communeId())
                        .addValue("hashes", row.getValue().hashes()))
                .toArray(SqlParameterSource[]::new);
        if (rows.length > 0) {
            // the key's existence is checked again here, as the contact may have been erased after the event this
            // index is catching up with
            jdbc.batchUpdate("""
                    INSERT INTO contact_search_tokens (appointment_id, commune_id, token_hashes)
                    SELECT :id, :communeId, :hashes WHERE EXISTS (SELECT 1 FROM contact_key WHERE appointment_id = :id)
                    ON CONFLICT (appointment_id) DO UPDATE
                        SET commune_id = EXCLUDED.commune_id, token_hashes = EXCLUDED.token_hashes""", rows);
        }
        byAppointment.clear();
    }
}
