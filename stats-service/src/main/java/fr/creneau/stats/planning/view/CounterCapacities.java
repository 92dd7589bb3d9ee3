package fr.creneau.stats.planning.view;

import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.PlanningChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** The capacity_range table: what each counter can hold, date by date. */
@Repository
class CounterCapacities {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    CounterCapacities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces what was known of the counter over the event's dates (PlanningChanged is never a diff) and returns
     * the days whose capacity, in appointment-seconds, or place changed.
     */
    List<LocalDate> replace(PlanningChanged change) {
        ZoneId zone = change.timeZone() == null ? DEFAULT_ZONE : ZoneId.of(change.timeZone());
        Map<LocalDate, DayCapacity> before = days(change);
        Map<LocalDate, DayCapacity> after = new TreeMap<>();
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
            long seconds = Duration.between(range.start(), range.end()).toSeconds() * range.capacity();
            after.merge(day, new DayCapacity(seconds, change.placeId()), DayCapacity::plus);
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
        TreeSet<LocalDate> changed = new TreeSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(day -> Objects.equals(before.get(day), after.get(day)));
        return List.copyOf(changed);
    }

    private Map<LocalDate, DayCapacity> days(PlanningChanged change) {
        Map<LocalDate, DayCapacity> days = new TreeMap<>();
        jdbc.sql("""
                        SELECT day, CAST(sum(extract(epoch FROM end_at - start_at) * capacity) AS bigint) AS seconds,
                            min(place_id) AS place_id
                        FROM capacity_range WHERE counter_id = :counter AND day BETWEEN :from AND :to GROUP BY day""")
                .param("counter", change.counterId())
                .param("from", change.from())
                .param("to", change.to())
                .query((row, number) -> {
                    days.put(row.getObject("day", LocalDate.class),
                            new DayCapacity(row.getLong("seconds"), row.getString("place_id")));
                    return number;
                })
                .list();
        return days;
    }

    /** What a counter can hold on one day, in appointment-seconds, and where. */
    private record DayCapacity(long seconds, String placeId) {

        DayCapacity plus(DayCapacity other) {
            return new DayCapacity(seconds + other.seconds, placeId);
        }
    }
}
