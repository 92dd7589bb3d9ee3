package fr.creneau.booking.ants.view;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.domain.TypeChoice;
import fr.creneau.booking.availability.view.PlacesAvailability;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The free slots of meeting points for one reason, each with the link that opens our booking page on it. A meeting
 * point that is not ours, of a commune not connected, or whose type cannot take that many persons has no slot. The
 * capacity and bookings of all the points are read at once; each point's slots are worked out as they are written.
 */
@Component
public class TimeSlots {

    /** A free slot's start, and where the citizen books it. */
    public record TimeSlot(Instant start, String callbackUrl) {
    }

    /** A meeting point and its free slots, earliest first, worked out when iterated. */
    public record PointSlots(String meetingPointId, Iterable<TimeSlot> slots) {
    }

    private final Catalog catalog;
    private final SettingsView settings;
    private final PlacesAvailability availability;
    private final String portal;

    TimeSlots(Catalog catalog, SettingsView settings, PlacesAvailability availability,
            @Value("${booking.ants.portal-url:}") String portalUrl) {
        this.catalog = catalog;
        this.settings = settings;
        this.availability = availability;
        this.portal = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public List<PointSlots> find(List<String> meetingPointIds, LocalDate from, LocalDate to, Reason reason,
            int persons) {
        Map<String, AntsSettings> communes = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(meetingPointIds));
        List<PlacesAvailability.Ask> asks = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (String placeId : ids) {
            Optional<Place> place = catalog.place(placeId);
            Optional<TypeChoice> choice = place
                    .map(found -> communes.computeIfAbsent(found.communeId(), settings::of))
                    .flatMap(commune -> commune.typeFor(reason));
            if (choice.isPresent()) {
                asks.add(new PlacesAvailability.Ask(placeId, place.get().communeId(), choice.get().appointmentTypeId(),
                        choice.get().optionId(), persons));
                links.add(link(place.get(), choice.get(), persons));
            }
        }
        List<Iterable<PlacesAvailability.FreeStart>> found = availability.find(asks, from, to);
        List<PointSlots> points = new ArrayList<>();
        int asked = 0;
        for (String placeId : ids) {
            if (asked < asks.size() && asks.get(asked).placeId().equals(placeId)) {
                points.add(new PointSlots(placeId, slots(found.get(asked), links.get(asked))));
                asked++;
            } else {
                points.add(new PointSlots(placeId, List.of()));
            }
        }
        return points;
    }

    /**
     * A point has a handful of counters and thousands of starts: each counter is encoded once, and a start (digits,
     * dashes, colons and letters T and Z) needs only its colons escaped. Encoding every link whole was a fifth of the
     * search's time in the profile.
     */
    private static Iterable<TimeSlot> slots(Iterable<PlacesAvailability.FreeStart> free, String link) {
        return () -> {
            Map<String, String> counters = new HashMap<>();
            return StreamSupport.stream(free.spliterator(), false)
                    .map(start -> new TimeSlot(start.start(), link + start.start().toString().replace(":", "%3A")
                            + counters.computeIfAbsent(start.counterId(), id -> "&guichet=" + encode(id))))
                    .iterator();
        };
    }

    /** The link of every slot of a point, but its start and counter. */
    private String link(Place place, TypeChoice choice, int persons) {
        StringBuilder link = new StringBuilder(portal).append("/c/").append(encode(place.communeId()))
                .append("?motif=").append(encode(choice.appointmentTypeId()));
        if (choice.optionId() != null) {
            link.append("&option=").append(encode(choice.optionId()));
        }
        return link.append("&personnes=").append(persons).append("&creneau=").toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
