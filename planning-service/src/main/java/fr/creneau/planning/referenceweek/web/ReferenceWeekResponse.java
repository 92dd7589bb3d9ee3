package fr.creneau.planning.referenceweek.web;

import fr.creneau.planning.referenceweek.view.ReferenceWeekView;
import fr.creneau.planning.shared.domain.TimeRange;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public record ReferenceWeekResponse(String referenceWeekId, String communeId, String name,
        Map<DayOfWeek, List<String>> days) {

    static ReferenceWeekResponse of(ReferenceWeekView view) {
        Map<DayOfWeek, List<String>> days = new TreeMap<>();
        view.hours().days().forEach((day, ranges) -> days.put(day, ranges.stream().map(TimeRange::notation).toList()));
        return new ReferenceWeekResponse(view.referenceWeekId(), view.communeId(), view.name(), days);
    }
}
