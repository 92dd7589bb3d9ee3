package fr.creneau.booking.shared.view;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of the projections that run in the command's transaction, held while the unit of work handles its
 * events and sent when it has handled them all (its prepare-commit, still inside that transaction), each table's in
 * JDBC batches: a counter-day of an import, or a batch of reservations, costs a round trip per table and statement,
 * not one per event. Each table's statements keep their order; a failure (a duplicate claim) fails the unit of work
 * as a failing handler does. Outside a unit of work (a projection tested on its own) a write runs at once.
 */
@Component
public class ProjectionWrites {

    private static final String PENDING = ProjectionWrites.class.getName() + ".pending";

    private final NamedParameterJdbcTemplate jdbc;

    ProjectionWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes {@code sql} on {@code table} with these parameters, now or with the unit of work's other writes. */
    public void update(String table, String sql, MapSqlParameterSource source) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, source);
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        Pending pending = unit.getOrComputeResource(PENDING, key -> {
            Pending created = new Pending();
            unit.onPrepareCommit(u -> created.send(jdbc));
            return created;
        });
        pending.add(table, sql, source);
    }

    /** A unit of work's writes, by table, each table's in their order. */
    private static final class Pending {

        private record Write(String sql, SqlParameterSource parameters) {
        }

        private final Map<String, List<Write>> byTable = new LinkedHashMap<>();

        void add(String table, String sql, SqlParameterSource parameters) {
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(new Write(sql, parameters));
        }

        /** Each run of one statement on a table goes as one batch. */
        void send(NamedParameterJdbcTemplate jdbc) {
            for (List<Write> writes : byTable.values()) {
                int from = 0;
                while (from < writes.size()) {
                    String sql = writes.get(from).sql();
                    int to = from;
                    while (to < writes.size() && writes.get(to).sql().equals(sql)) {
                        to++;
                    }
                    if (to - from == 1) {
                        jdbc.update(sql, writes.get(from).parameters());
                    } else {
                        jdbc.batchUpdate(sql, writes.subList(from, to).stream().map(Write::parameters)
                                .toArray(SqlParameterSource[]::new));
                    }
                    from = to;
                }
            }
            byTable.clear();
        }
    }
}
