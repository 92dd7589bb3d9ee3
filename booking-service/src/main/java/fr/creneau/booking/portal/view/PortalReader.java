package fr.creneau.booking.portal.view;

import fr.creneau.booking.catalog.domain.Agent;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Commune;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a commune's portal from the catalog that planning.events fills. A type is listed when it is active, shown
 * on the portal and handled by an active counter at a place shown on the portal: otherwise no citizen could book it.
 */
@Component
public class PortalReader {

    private final Catalog catalog;

    PortalReader(Catalog catalog) {
        this.catalog = catalog;
    }

    public Optional<Portal> portalOf(String communeId) {
        return catalog.commune(communeId).map(this::portalOf);
    }

    private Portal portalOf(Commune commune) {
        Map<String, Place> places = catalog.placesOf(commune.communeId()).stream()
                .filter(place -> place.active() && place.visibleOnPortal())
                .collect(Collectors.toMap(Place::placeId, Function.identity()));
        List<Counter> counters = catalog.countersOf(commune.communeId()).stream()
                .filter(counter -> counter.active() && places.containsKey(counter.placeId()))
                .toList();
        List<Agent> agents = catalog.agentsOf(commune.communeId()).stream().filter(Agent::active).toList();
        List<Portal.AppointmentType> types = catalog.appointmentTypesOf(commune.communeId()).stream()
                .filter(type -> type.active() && type.visibleOnPortal())
                .map(type -> describe(type, countersOf(type, counters), agents))
                .filter(type -> !type.placeIds().isEmpty())
                .sorted(Comparator.comparing(Portal.AppointmentType::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Portal.Place> shownPlaces = places.values().stream()
                .sorted(Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER))
                .map(place -> new Portal.Place(place.placeId(), place.name(), place.address(), place.latitude(),
                        place.longitude()))
                .toList();
        if (catalog.suspension(commune.communeId()).isPresent()) {
            return new Portal(commune.communeId(), commune.name(), commune.timeZone(), List.of(), List.of(), true);
        }
        return new Portal(commune.communeId(), commune.name(), commune.timeZone(), shownPlaces, types, false);
    }

    private static List<Counter> countersOf(AppointmentType type, List<Counter> counters) {
        return counters.stream().filter(counter -> counter.takes(type)).toList();
    }

    private static Portal.AppointmentType describe(AppointmentType type, List<Counter> counters,
            List<Agent> agents) {
        List<String> placeIds = counters.stream().map(Counter::placeId).distinct().sorted().toList();
        List<Portal.Agent> choosable = "AGENT".equals(type.bookableWith()) ? agentsAt(counters, agents) : List.of();
        return new Portal.AppointmentType(type.appointmentTypeId(), type.label(), type.details(), type.durationMinutes(),
                type.options().stream().map(option -> new Portal.Option(option.optionId(), option.label())).toList(),
                Math.max(1, type.maxPersons()), type.citizenInformation(), type.rgpdText(), type.antsNumberRequired(),
                type.approvalRequired(), type.bookableWith(), type.bookingHorizon(), placeIds, choosable);
    }

    private static List<Portal.Agent> agentsAt(List<Counter> counters, List<Agent> agents) {
        return agents.stream()
                .filter(agent -> counters.stream().anyMatch(counter -> counter.agentIds().contains(agent.agentId())
                        || agent.counterIds().contains(counter.counterId())))
                .sorted(Comparator.comparing(Agent::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(agent -> new Portal.Agent(agent.agentId(), agent.displayName()))
                .toList();
    }
}
