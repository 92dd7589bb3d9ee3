package fr.creneau.booking.ants.view;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.TypeChoice;
import fr.creneau.booking.catalog.domain.Commune;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The places the ANTS may send citizens to: those of the communes that opted in, open on the portal, with an active
 * counter that receives one of the types the commune maps to a reason.
 */
@Component
public class MeetingPoints {

    /** A place as the national site lists it; {@code zipCode} read from its address, when it has one. */
    public record MeetingPoint(String id, String name, Double longitude, Double latitude, String address,
            String zipCode, String cityName) {
    }

    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{5})\\b");

    private final Catalog catalog;
    private final SettingsView settings;

    MeetingPoints(Catalog catalog, SettingsView settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    public List<MeetingPoint> all() {
        List<MeetingPoint> points = new ArrayList<>();
        for (AntsSettings commune : settings.connected()) {
            Set<String> types = commune.reasons().values().stream().map(TypeChoice::appointmentTypeId)
                    .collect(Collectors.toSet());
            Set<String> places = catalog.countersOf(commune.communeId()).stream()
                    .filter(Counter::active)
                    .filter(counter -> counter.appointmentTypeIds().stream().anyMatch(types::contains))
                    .map(Counter::placeId).collect(Collectors.toSet());
            String city = catalog.commune(commune.communeId()).map(Commune::name).orElse(commune.communeId());
            catalog.placesOf(commune.communeId()).stream()
                    .filter(place -> place.active() && place.visibleOnPortal() && places.contains(place.placeId()))
                    .map(place -> point(place, city))
                    .forEach(points::add);
        }
        return points;
    }

    private static MeetingPoint point(Place place, String city) {
        String address = place.address() == null ? "" : place.address();
        Matcher postcode = POSTCODE.matcher(address);
        return new MeetingPoint(place.placeId(), place.name(), place.longitude(), place.latitude(), address,
                postcode.find() ? postcode.group(1) : null, city);
    }
}
