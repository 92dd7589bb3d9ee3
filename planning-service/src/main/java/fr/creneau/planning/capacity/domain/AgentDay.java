package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.TimeRange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** When one named agent is at work on one day: availability minus absences. */
record AgentDay(boolean alwaysAvailable, List<TimeRange> hours, List<int[]> absentMinutes) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    static AgentDay of(NamedAgent agent, LocalDate date) {
        Availability latest = null;
        for (Availability availability : agent.availabilities()) {
            if (availability.span().contains(date)) {
                latest = availability;
            }
        }
        List<TimeRange> hours = latest == null ? List.of() : latest.hours().on(date.getDayOfWeek());
        List<int[]> absent = agent.absences().stream()
                .map(absence -> minutesOf(absence, date))
                .filter(minutes -> minutes[0] < minutes[1])
                .toList();
        return new AgentDay(agent.availabilities().isEmpty(), hours, absent);
    }

    void markPresence(long[] present, long bit) {
        if (alwaysAvailable) {
            for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
                present[minute] |= bit;
            }
        } else {
            hours.forEach(range -> {
                for (int minute = range.startMinute(); minute < range.endMinute(); minute++) {
                    present[minute] |= bit;
                }
            });
        }
        absentMinutes.forEach(minutes -> {
            for (int minute = minutes[0]; minute < minutes[1]; minute++) {
                present[minute] &= ~bit;
            }
        });
    }

    private static int[] minutesOf(Absence absence, LocalDate date) {
        LocalDateTime dayStart = date.atStartOfDay();
        LocalDateTime dayEnd = date.plusDays(1).atStartOfDay();
        if (!absence.start().isBefore(dayEnd) || !absence.end().isAfter(dayStart)) {
            return new int[] {0, 0};
        }
        int from = absence.start().isAfter(dayStart) ? minuteOf(absence.start().toLocalTime()) : 0;
        int to = absence.end().isBefore(dayEnd) ? minuteOf(absence.end().toLocalTime()) : MINUTES_PER_DAY;
        return new int[] {from, to};
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
