package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What to work out for one place of a national search: its counters that receive the type, what one booking takes,
 * when the type may be booked, and the period. Each capacity window is weighed with the windows it overlaps only,
 * not with all those of the period.
 */
record PlaceSlots(List<String> counterIds, Demand demand, BookingWindow window, Instant from, Instant to) {

    static final PlaceSlots NONE = new PlaceSlots(List.of(), null, null, Instant.EPOCH, Instant.EPOCH);

    Stream<PlacesAvailability.FreeStart> free(Map<String, List<CapacityWindow>> windows, Map<String, List<Usage>> used) {
        if (counterIds.isEmpty()) {
            return Stream.empty();
        }
        TimeRange period = new TimeRange(from, to);
        TreeMap<Instant, String> free = new TreeMap<>();
        for (String counterId : counterIds) {
            List<CapacityWindow> own = windows.getOrDefault(counterId, List.of());
            List<Usage> busy = used.getOrDefault(counterId, List.of());
            for (CapacityWindow capacity : own) {
                if (!capacity.range().overlaps(period)) {
                    continue;
                }
                DayCapacity around = new DayCapacity(around(own, capacity));
                for (Usage slot : AvailabilityFinder.slotsIn(capacity, around, busy, demand, window)) {
                    Instant start = slot.range().start();
                    if (period.contains(start)) {
                        free.putIfAbsent(start, counterId);
                    }
                }
            }
        }
        return free.entrySet().stream().map(entry -> new PlacesAvailability.FreeStart(entry.getKey(), entry.getValue()));
    }

    private static List<CapacityWindow> around(List<CapacityWindow> windows, CapacityWindow capacity) {
        return windows.stream().filter(window -> window.range().overlaps(capacity.range())).toList();
    }
}
