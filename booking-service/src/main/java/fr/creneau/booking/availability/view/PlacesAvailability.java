package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.Usage;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free starts of a type at each of many places, as the national search asks for them: the capacity and the bookings
 * of all their counters are read in two queries (not two per counter), and each place's starts are worked out only
 * when they are read, so that the answer can be written out place by place.
 */
@Component
public class PlacesAvailability {

    /** One place to search, for a type (and option) of its commune, for some persons. */
    public record Ask(String placeId, String communeId, String appointmentTypeId, String optionId, int persons) {
    }

    /** A free start, and the counter that has it (the first by id when several have it). */
    public record FreeStart(Instant start, String counterId) {
    }

    private final Catalog catalog;
    private final BookingRules rules;
    private final AvailabilityTables tables;
    private final Clock clock;

    PlacesAvailability(Catalog catalog, BookingRules rules, AvailabilityTables tables, Clock clock) {
        this.catalog = catalog;
        this.rules = rules;
        this.tables = tables;
        this.clock = clock;
    }

    /** For each ask, in order, its free starts over the days from {@code from} to {@code to}, earliest first. */
    public List<Iterable<FreeStart>> find(List<Ask> asks, LocalDate from, LocalDate to) {
        List<PlaceSlots> places = asks.stream().map(ask -> plan(ask, from, to)).toList();
        Set<String> counters = new HashSet<>();
        places.forEach(place -> counters.addAll(place.counterIds()));
        if (counters.isEmpty()) {
            return places.stream().map(place -> (Iterable<FreeStart>) List.<FreeStart>of()).toList();
        }
        Instant first = places.stream().map(PlaceSlots::from).min(Instant::compareTo).orElseThrow();
        Instant last = places.stream().map(PlaceSlots::to).max(Instant::compareTo).orElseThrow();
        Map<String, List<CapacityWindow>> windows = tables.windowsOf(counters, first, last);
        Map<String, List<Usage>> used = tables.usageOf(counters, first, last);
        return places.stream()
                .map(place -> (Iterable<FreeStart>) () -> place.free(windows, used).iterator())
                .toList();
    }

    private PlaceSlots plan(Ask ask, LocalDate from, LocalDate to) {
        AppointmentType type;
        try {
            type = rules.bookableType(ask.communeId(), ask.appointmentTypeId(), true);
            rules.assertPersonsAndOption(type, ask.persons(), ask.optionId());
        } catch (InvalidRequestException | NotFoundException refused) {
            return PlaceSlots.NONE;
        }
        boolean open = catalog.place(ask.placeId()).filter(Place::visibleOnPortal).filter(Place::active).isPresent();
        List<String> counters = !open ? List.of() : catalog.countersOf(ask.communeId()).stream()
                .filter(Counter::active)
                .filter(counter -> counter.placeId().equals(ask.placeId()))
                .filter(counter -> counter.takes(type))
                .map(Counter::counterId).sorted().toList();
        ZoneId zone = catalog.zoneOf(ask.communeId());
        return new PlaceSlots(counters, Demand.of(type, ask.persons()), BookingWindow.of(type, clock.instant(), zone),
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
