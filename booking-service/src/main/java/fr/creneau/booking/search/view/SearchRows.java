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
 * The index rows of a batch of events, written when the batch is handled: the appointments' old rows deleted in one
 * statement, the new ones inserted in one JDBC batch, where each event cost two round trips (an import of 10,000
 * appointments made 20,000 beside it). An appointment indexed twice in a batch keeps its last rows only.
 */
final class SearchRows {

    private static final String PENDING = SearchRows.class.getName();

    private final Map<String, List<SqlParameterSource>> byAppointment = new LinkedHashMap<>();

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

    /** Replaces the rows of the appointment, in the unit of work or at once. */
    void replace(String appointmentId, List<SqlParameterSource> rows, NamedParameterJdbcTemplate jdbc) {
        byAppointment.put(appointmentId, rows);
        if (!CurrentUnitOfWork.isStarted()) {
            send(jdbc);
        }
    }

    private void send(NamedParameterJdbcTemplate jdbc) {
        if (byAppointment.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM contact_search WHERE appointment_id IN (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(byAppointment.keySet())));
        SqlParameterSource[] rows = byAppointment.values().stream().flatMap(List::stream)
                .toArray(SqlParameterSource[]::new);
        // the key's existence is checked again here, as the contact may have been erased after the event this index
        // is catching up with
        jdbc.batchUpdate("""
                INSERT INTO contact_search (appointment_id, commune_id, token_hash)
                SELECT :id, :communeId, :hash WHERE EXISTS (SELECT 1 FROM contact_key WHERE appointment_id = :id)
                ON CONFLICT DO NOTHING""", rows);
        byAppointment.clear();
    }
}
