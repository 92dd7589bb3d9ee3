package fr.creneau.booking.catalog.messaging;

import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.command.ChangeDayCapacity;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.PlanningChanged;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Splits a {@link PlanningChanged} into one replacement of capacity per counter-day of its dates. */
@Component
class CapacityFeeder {

    private final CounterDaySender commands;
    private final Catalog catalog;

    CapacityFeeder(CounterDaySender commands, Catalog catalog) {
        this.commands = commands;
        this.catalog = catalog;
    }

    void apply(PlanningChanged change) {
        ZoneId zone = change.timeZone() == null ? catalog.zoneOf(change.communeId()) : ZoneId.of(change.timeZone());
        for (LocalDate day = change.from(); !day.isAfter(change.to()); day = day.plusDays(1)) {
            LocalDate date = day;
            List<CapacityWindow> windows = change.ranges().stream()
                    .filter(range -> range.start().atZone(zone).toLocalDate().equals(date))
                    .map(CapacityFeeder::window)
                    .toList();
            commands.send(new ChangeDayCapacity(new CounterDayId(change.counterId(), day).toString(),
                    change.communeId(), change.placeId(), change.counterId(), day, zone.getId(),
                    new DayCapacity(windows), change.reason(), change.absentAgentIds(), change.occurredAt()));
        }
    }

    private static CapacityWindow window(CapacityRange range) {
        return new CapacityWindow(new TimeRange(range.start(), range.end()), range.capacity(), range.agentIds());
    }
}
