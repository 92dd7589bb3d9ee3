package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Free slots of a type across a commune's counters, read from the availability projection. */
@Component
public class AvailabilityFinder {

    private final Catalog catalog;
    private final AvailabilityTables tables;
    private final BookingRules rules;
    private final Clock clock;

    AvailabilityFinder(Catalog catalog, AvailabilityTables tables, BookingRules rules, Clock clock) {
        this.catalog = catalog;
        this.tables = tables;
        this.rules = rules;
        this.clock = clock;
    }

    public List<Slot> find(SlotSearch search) {
        AppointmentType type = rules.bookableType(search.communeId(), search.appointmentTypeId(), search.citizen());
        rules.assertPersonsAndOption(type, search.persons(), search.optionId());
        rules.assertAgentChoice(type, search.agentId(), search.citizen());
        ZoneId zone = catalog.zoneOf(search.communeId());
        Demand demand = Demand.of(type, search.persons());
        BookingWindow window = BookingWindow.of(type, clock.instant(), zone);
        Instant from = search.from().atStartOfDay(zone).toInstant();
        Instant to = search.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<Slot> slots = new ArrayList<>();
        for (Counter counter : countersFor(type, search)) {
            Optional<Place> place = catalog.place(counter.placeId());
            if (search.citizen() && place.map(p -> !p.visibleOnPortal() || !p.active()).orElse(false)) {
                continue;
            }
            List<CapacityWindow> windows = tables.windows(counter.counterId(), from, to);
            List<Usage> used = tables.usage(counter.counterId(), from, to);
            AgentFilter agent = AgentFilter.of(search.agentId(), windows,
                    search.agentId() == null ? List.of() : tables.agentBusy(counter.counterId(), search.agentId(), from, to));
            String placeName = place.map(Place::name).orElse(null);
            for (CapacityWindow capacity : windows) {
                slotsIn(capacity, new DayCapacity(windows), used, demand, window).stream()
                        .filter(slot -> matches(search, slot, zone))
                        .filter(agent::allows)
                        .map(agent::remaining)
                        .map(slot -> new Slot(counter.placeId(), placeName, counter.counterId(), slot.range().start(),
                                slot.range().end(), slot.units()))
                        .forEach(slots::add);
            }
        }
        return slots.stream()
                .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::counterId))
                .limit(search.limit())
                .toList();
    }

    private List<Counter> countersFor(AppointmentType type, SlotSearch search) {
        return catalog.countersOf(search.communeId()).stream()
                .filter(Counter::active)
                .filter(counter -> counter.takes(type))
                .filter(counter -> search.placeId() == null || search.placeId().equals(counter.placeId()))
                .toList();
    }

    /**
     * Each slot is weighed against the bookings that overlap it only: weighed against all those of the period, a
     * week of a busy counter cost slots × bookings comparisons, and grew with the rush.
     */
    static List<Usage> slotsIn(CapacityWindow capacity, DayCapacity day, List<Usage> used, Demand demand,
            BookingWindow window) {
        List<Usage> inWindow = overlapping(used, capacity.range());
        List<Usage> free = new ArrayList<>();
        Instant start = capacity.range().start();
        while (!start.plus(demand.duration()).isAfter(capacity.range().end())) {
            TimeRange range = TimeRange.of(start, demand.duration());
            int remaining = day.freeUnits(range, overlapping(inWindow, range));
            if (window.allows(start) && remaining >= demand.units()) {
                free.add(new Usage(range, remaining));
            }
            start = start.plus(demand.step());
        }
        return free;
    }

    private static List<Usage> overlapping(List<Usage> used, TimeRange range) {
        return used.stream().filter(usage -> usage.range().overlaps(range)).toList();
    }

    private static boolean matches(SlotSearch search, Usage slot, ZoneId zone) {
        ZonedDateTime local = slot.range().start().atZone(zone);
        return (search.weekdays().isEmpty() || search.weekdays().contains(local.getDayOfWeek()))
                && (search.partOfDay() == null || search.partOfDay().includes(local.toLocalTime()));
    }
}
