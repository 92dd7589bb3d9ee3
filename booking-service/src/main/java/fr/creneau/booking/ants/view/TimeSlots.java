package fr.creneau.booking.ants.view;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.domain.TypeChoice;
import fr.creneau.booking.availability.view.AvailabilityFinder;
import fr.creneau.booking.availability.view.Slot;
import fr.creneau.booking.availability.view.SlotSearch;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The free slots of meeting points for one reason, each with the link that opens our booking page on it. A meeting
 * point that is not ours, of a commune not connected, or whose type cannot take that many persons has no slot.
 */
@Component
public class TimeSlots {

    /** A free slot's start, and where the citizen books it. */
    public record TimeSlot(Instant start, String callbackUrl) {
    }

    private static final int NO_LIMIT = 100_000;

    private final Catalog catalog;
    private final SettingsView settings;
    private final AvailabilityFinder finder;
    private final String portal;

    TimeSlots(Catalog catalog, SettingsView settings, AvailabilityFinder finder,
            @Value("${booking.ants.portal-url:}") String portalUrl) {
        this.catalog = catalog;
        this.settings = settings;
        this.finder = finder;
        this.portal = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public Map<String, List<TimeSlot>> find(List<String> meetingPointIds, LocalDate from, LocalDate to, Reason reason,
            int persons) {
        Map<String, AntsSettings> communes = new HashMap<>();
        Map<String, List<TimeSlot>> slots = new LinkedHashMap<>();
        for (String placeId : new LinkedHashSet<>(meetingPointIds)) {
            Optional<Place> place = catalog.place(placeId);
            Optional<TypeChoice> choice = place
                    .map(found -> communes.computeIfAbsent(found.communeId(), settings::of))
                    .flatMap(commune -> commune.typeFor(reason));
            slots.put(placeId, choice.isEmpty() ? List.of() : slotsOf(place.get(), choice.get(), from, to, persons));
        }
        return slots;
    }

    private List<TimeSlot> slotsOf(Place place, TypeChoice choice, LocalDate from, LocalDate to, int persons) {
        List<Slot> free;
        try {
            free = finder.find(new SlotSearch(place.communeId(), choice.appointmentTypeId(), from, to, persons,
                    choice.optionId(), place.placeId(), null, Set.of(), null, true, NO_LIMIT));
        } catch (InvalidRequestException | NotFoundException refused) {
            return List.of();
        }
        Set<Instant> seen = new HashSet<>();
        List<TimeSlot> slots = new ArrayList<>();
        for (Slot slot : free) {
            if (seen.add(slot.start())) {
                slots.add(new TimeSlot(slot.start(), link(place, choice, persons, slot)));
            }
        }
        return slots;
    }

    private String link(Place place, TypeChoice choice, int persons, Slot slot) {
        StringBuilder link = new StringBuilder(portal).append("/c/").append(encode(place.communeId()))
                .append("?motif=").append(encode(choice.appointmentTypeId()));
        if (choice.optionId() != null) {
            link.append("&option=").append(encode(choice.optionId()));
        }
        return link.append("&personnes=").append(persons)
                .append("&creneau=").append(encode(slot.start().toString()))
                .append("&guichet=").append(encode(slot.counterId()))
                .toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
