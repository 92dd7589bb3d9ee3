package fr.creneau.planning.counter.view;

import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.counter.domain.CounterDetails;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public record CounterView(String counterId, String communeId, String placeId, String name,
        List<String> appointmentTypeIds, List<ScheduleApplication> schedules, List<CounterException> exceptions,
        boolean active) {

    public static final String KIND = "counter";

    public CounterView {
        appointmentTypeIds = List.copyOf(appointmentTypeIds);
        schedules = List.copyOf(schedules);
        exceptions = List.copyOf(exceptions);
    }

    /** From the first to the last date any schedule covers. */
    public Optional<DateSpan> scheduledSpan() {
        return schedules.stream().map(ScheduleApplication::span).reduce(CounterView::union);
    }

    private static DateSpan union(DateSpan one, DateSpan other) {
        return new DateSpan(one.from().isBefore(other.from()) ? one.from() : other.from(),
                one.to().isAfter(other.to()) ? one.to() : other.to());
    }

    CounterView with(CounterDetails details) {
        return new CounterView(counterId, communeId, details.placeId(), details.name(), details.appointmentTypeIds(),
                schedules, exceptions, active);
    }

    CounterView with(ScheduleApplication schedule) {
        List<ScheduleApplication> more = new ArrayList<>(schedules);
        more.add(schedule);
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, more, exceptions, active);
    }

    public boolean follows(String referenceWeekId) {
        return schedules.stream().anyMatch(schedule -> schedule.follows(referenceWeekId));
    }

    CounterView withWeekHours(String referenceWeekId, WeeklyHours hours) {
        List<ScheduleApplication> changed = schedules.stream()
                .map(schedule -> schedule.follows(referenceWeekId) ? schedule.withHours(hours) : schedule).toList();
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, changed, exceptions, active);
    }

    CounterView withoutSchedule(String applicationId) {
        List<ScheduleApplication> kept = schedules.stream()
                .filter(schedule -> !applicationId.equals(schedule.applicationId())).toList();
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, kept, exceptions, active);
    }

    CounterView with(CounterException exception) {
        List<CounterException> more = new ArrayList<>(exceptions);
        more.add(exception);
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, schedules, more, active);
    }

    CounterView archived() {
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, schedules, exceptions, false);
    }

    CounterView without(String exceptionId) {
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, schedules,
                exceptions.stream().filter(exception -> !exception.exceptionId().equals(exceptionId)).toList(), active);
    }
}
