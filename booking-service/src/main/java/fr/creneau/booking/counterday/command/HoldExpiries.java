package fr.creneau.booking.counterday.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ends the holds whose time is up, found every second by an indexed read of the held appointments (the appointment
 * table, written in the same transaction as the day's events). A hold used to get a durable deadline of its own in
 * db-scheduler's table: a read and an insert in the reservation's transaction, then a pick, the day loaded and a
 * delete when it fell due, even for the holds confirmed long before. The table is as durable, so a hold whose time
 * came while no instance ran ends at the first sweep after a start. Each instance sweeps; a hold ended twice is ended
 * once (the second command finds it no longer held).
 */
@Component
class HoldExpiries {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiries.class);
    private static final int BATCH = 100;

    private record Due(String appointmentId, String counterDayId) {
    }

    private final JdbcClient jdbc;
    private final CounterDaySender commands;
    private final Clock clock;

    HoldExpiries(JdbcClient jdbc, CounterDaySender commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    /** How many holds this sweep ended or found ended. */
    @Scheduled(fixedDelayString = "${booking.hold-expiry-sweep:1s}", initialDelayString = "${booking.hold-expiry-sweep:1s}")
    int sweep() {
        Instant now = clock.instant();
        List<Due> due;
        try {
            due = jdbc.sql("""
                            SELECT appointment_id, counter_day_id FROM appointment
                            WHERE status = 'HELD' AND hold_expires_at <= ? ORDER BY hold_expires_at LIMIT ?""")
                    .params(Timestamp.from(now), BATCH).query(Due.class).list();
        } catch (RuntimeException e) {
            log.warn("holds due could not be read, the next sweep will: {}", e.getMessage());
            return 0;
        }
        int ended = 0;
        for (Due hold : due) {
            try {
                commands.send(new ExpireHold(hold.counterDayId(), hold.appointmentId(), now));
                ended++;
            } catch (RuntimeException e) {
                log.warn("the hold of {} could not be ended now, the next sweep will: {}", hold.appointmentId(),
                        e.getMessage());
            }
        }
        return ended;
    }
}
