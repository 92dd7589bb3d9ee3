package fr.creneau.booking.voice.web;

import fr.creneau.booking.availability.view.AvailabilityFinder;
import fr.creneau.booking.availability.view.Slot;
import fr.creneau.booking.availability.view.SlotSearch;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.booking.voice.domain.SpokenSlot;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The free slots read out to a caller, three at a time, earliest first, as the citizen's page finds them. */
@Component
class OfferedSlots {

    static final int PER_PAGE = 3;
    private static final int DAYS = 92;

    private final AvailabilityFinder finder;
    private final Catalog catalog;
    private final Clock clock;

    OfferedSlots(AvailabilityFinder finder, Catalog catalog, Clock clock) {
        this.finder = finder;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The slots of {@code page}, and whether there are more after them. */
    record Page(List<Slot> slots, boolean more, ZoneId zone) {

        List<CallState.OfferedSlot> offered() {
            return slots.stream().map(slot -> new CallState.OfferedSlot(slot.counterId(), slot.start())).toList();
        }

        String spoken(int index) {
            Slot slot = slots.get(index);
            return SpokenSlot.of(slot.start().atZone(zone).toLocalDateTime(), slot.placeName());
        }
    }

    Page page(String communeId, CallState state, int page) {
        ZoneId zone = catalog.zoneOf(communeId);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        int wanted = (page + 1) * PER_PAGE + 1;
        List<Slot> found = finder.find(new SlotSearch(communeId, state.typeId(), today, today.plusDays(DAYS),
                state.persons(), state.optionId(), null, null, Set.of(), null, true, wanted));
        List<Slot> onPage = found.stream().skip((long) page * PER_PAGE).limit(PER_PAGE).toList();
        return new Page(onPage, found.size() == wanted, zone);
    }

    /** A slot of a counter, said with the name of the counter's place. */
    String spoken(String communeId, String counterId, Instant start) {
        String place = catalog.counter(counterId).flatMap(counter -> catalog.place(counter.placeId()))
                .map(Place::name).orElse(null);
        return SpokenSlot.of(start.atZone(catalog.zoneOf(communeId)).toLocalDateTime(), place);
    }
}
