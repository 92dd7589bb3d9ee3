package fr.creneau.stats.planning;

import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.PlanningChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** The capacity_range table: what each counter can hold, date by date. */
@Repository
class CounterCapacities {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    CounterCapacities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what was known of the counter over the event's dates: PlanningChanged is never a diff. */
    void replace(PlanningChanged change) {
        ZoneId zone = change.timeZone() == null ? DEFAULT_ZONE : ZoneId.of(change.timeZone());
        jdbc.sql("DELETE FROM capacity_range WHERE counter_id = :counter AND day BETWEEN :from AND :to")
                .param("counter", change.counterId())
                .param("from", change.from())
                .param("to", change.to())
                .update();
        for (CapacityRange range : change.ranges()) {
            LocalDate day = LocalDate.ofInstant(range.start(), zone);
            if (range.capacity() == 0 || day.isBefore(change.from()) || day.isAfter(change.to())) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO capacity_range (counter_id, day, commune_id, place_id, start_at, end_at, capacity)
                            VALUES (:counter, :day, :commune, :place, :start, :end, :capacity)""")
                    .param("counter", change.counterId())
                    .param("day", day)
                    .param("commune", change.communeId())
                    .param("place", change.placeId())
                    .param("start", Timestamp.from(range.start()))
                    .param("end", Timestamp.from(range.end()))
                    .param("capacity", range.capacity())
                    .update();
        }
    }
}
