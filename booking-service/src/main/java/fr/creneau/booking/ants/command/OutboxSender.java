package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.adapter.AntsAnswer;
import fr.creneau.booking.ants.adapter.AntsProperties;
import fr.creneau.booking.ants.adapter.CoordinationClient;
import fr.creneau.booking.ants.view.LinkSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends the declarations and withdrawals waiting in the outbox, oldest first. A row stays until the ANTS accepts it
 * (a withdrawal it does not know counts as done), and is tried again later and later, never dropped; the rows of
 * one number go in order, so that a move's withdrawal always reaches the ANTS before its new declaration.
 */
@Service
public class OutboxSender {

    record Pending(long id, String communeId, String appointmentId, String operation, String applicationId, String meetingPoint,
            String meetingPointId, String appointmentDate, String managementUrl, int attempts) {
    }

    private final JdbcClient jdbc;
    private final CoordinationClient client;
    private final CallJournal journal;
    private final AntsProperties properties;
    private final Clock clock;
    private final LinkSeal seal;

    OutboxSender(JdbcClient jdbc, CoordinationClient client, CallJournal journal, AntsProperties properties,
            Clock clock, LinkSeal seal) {
        this.jdbc = jdbc;
        this.client = client;
        this.journal = journal;
        this.properties = properties;
        this.clock = clock;
        this.seal = seal;
    }

    /** Sends what is due; returns how many rows the ANTS accepted. */
    public int sendDue() {
        if (!properties.coordinationConfigured()) {
            return 0;
        }
        int sent = 0;
        Set<String> blocked = new HashSet<>();
        for (Pending row : due()) {
            if (blocked.contains(row.applicationId())) {
                continue;
            }
            AntsAnswer answer = client.appointment("DELETE".equals(row.operation()), parameters(row));
            journal.record(row.communeId(), row.operation().equals("DELETE") ? "delete" : "declare",
                    List.of(row.applicationId()), answer);
            if (answer.answered() || ("DELETE".equals(row.operation()) && Integer.valueOf(404).equals(answer.httpStatus()))) {
                jdbc.sql("UPDATE ants_outbox SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
                        .param("at", Timestamp.from(clock.instant())).param("id", row.id()).update();
                sent++;
            } else {
                blocked.add(row.applicationId());
                jdbc.sql("""
                                UPDATE ants_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                                WHERE id = :id""")
                        .param("next", Timestamp.from(clock.instant().plus(backOff(row.attempts() + 1))))
                        .param("error", answer.outcome() + " " + (answer.httpStatus() == null ? "" : answer.httpStatus()))
                        .param("id", row.id()).update();
            }
        }
        return sent;
    }

    /** How many rows are still waiting, for the health of the link and the tests. */
    public long waiting() {
        return jdbc.sql("SELECT count(*) FROM ants_outbox WHERE sent_at IS NULL").query(Long.class).single();
    }

    private List<Pending> due() {
        // a row waits for the older unsent rows of its number, whatever their own retry time
        return jdbc.sql("""
                        SELECT id, commune_id, appointment_id, operation, application_id, meeting_point, meeting_point_id,
                            appointment_date, management_url, attempts
                        FROM ants_outbox o
                        WHERE sent_at IS NULL AND next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM ants_outbox older WHERE older.sent_at IS NULL
                              AND older.application_id = o.application_id AND older.id < o.id)
                        ORDER BY id LIMIT :batch""")
                .param("now", Timestamp.from(clock.instant()))
                .param("batch", properties.outbox().batch())
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10)))
                .list();
    }

    Duration backOff(int attempts) {
        Duration first = properties.outbox().firstRetry();
        Duration max = properties.outbox().maxRetry();
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private Map<String, String> parameters(Pending row) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("application_id", row.applicationId());
        parameters.put("meeting_point", row.meetingPoint());
        parameters.put("meeting_point_id", row.meetingPointId());
        parameters.put("appointment_date", row.appointmentDate());
        parameters.put("management_url", seal.open(row.appointmentId(), row.managementUrl()));
        return parameters;
    }
}
