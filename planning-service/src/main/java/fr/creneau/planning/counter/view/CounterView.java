package fr.creneau.planning.counter.view;

import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.counter.domain.CounterDetails;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public record CounterView(String counterId, String communeId, String placeId, String name,
        List<String> appointmentTypeIds, List<ScheduleApplication> schedules, List<CounterException> exceptions,
        boolean active, List<String> serviceIds) {

    public static final String KIND = "counter";

    public CounterView {
        appointmentTypeIds = List.copyOf(appointmentTypeIds);
        schedules = List.copyOf(schedules);
        exceptions = List.copyOf(exceptions);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }

    /**
     * The dates the schedules cover, as disjoint periods of at most a year in date order: years of applications
     * put together would not fit in one DateSpan, which stops at three years.
     */
    public List<DateSpan> scheduledSpans() {
        List<DateSpan> sorted = schedules.stream().map(ScheduleApplication::span)
                .sorted(Comparator.comparing(DateSpan::from)).toList();
        List<LocalDate[]> merged = new ArrayList<>();
        for (DateSpan span : sorted) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.from().isAfter(last[1].plusDays(1))) {
                last[1] = span.to().isAfter(last[1]) ? span.to() : last[1];
            } else {
                merged.add(new LocalDate[] {span.from(), span.to()});
            }
        }
        List<DateSpan> spans = new ArrayList<>();
        for (LocalDate[] period : merged) {
            LocalDate from = period[0];
            while (!from.isAfter(period[1])) {
                LocalDate yearEnd = from.plusYears(1).minusDays(1);
                LocalDate to = yearEnd.isAfter(period[1]) ? period[1] : yearEnd;
                spans.add(new DateSpan(from, to));
                from = to.plusDays(1);
            }
        }
        return spans;
    }

    CounterView with(CounterDetails details) {
        return new CounterView(counterId, communeId, details.placeId(), details.name(), details.appointmentTypeIds(),
                schedules, exceptions, active, details.serviceIds());
    }

    CounterView with(ScheduleApplication schedule) {
        List<ScheduleApplication> more = new ArrayList<>(schedules);
        more.add(schedule);
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, more, exceptions,
                active, serviceIds);
    }

    public boolean follows(String referenceWeekId) {
        return schedules.stream().anyMatch(schedule -> schedule.follows(referenceWeekId));
    }

    CounterView withWeekHours(String referenceWeekId, WeeklyHours hours) {
        List<ScheduleApplication> changed = schedules.stream()
                .map(schedule -> schedule.follows(referenceWeekId) ? schedule.withHours(hours) : schedule).toList();
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, changed, exceptions,
                active, serviceIds);
    }

    CounterView withoutSchedule(String applicationId) {
        List<ScheduleApplication> kept = schedules.stream()
                .filter(schedule -> !applicationId.equals(schedule.applicationId())).toList();
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, kept, exceptions,
                active, serviceIds);
    }

    CounterView with(CounterException exception) {
        List<CounterException> more = new ArrayList<>(exceptions);
        more.add(exception);
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, schedules, more,
                active, serviceIds);
    }

    CounterView archived() {
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, schedules, exceptions,
                false, serviceIds);
    }

    CounterView without(String exceptionId) {
        return new CounterView(counterId, communeId, placeId, name, appointmentTypeIds, schedules,
                exceptions.stream().filter(exception -> !exception.exceptionId().equals(exceptionId)).toList(), active,
                serviceIds);
    }
}
