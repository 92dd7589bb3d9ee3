package fr.creneau.booking.appointment.web;

import fr.creneau.booking.appointment.view.AgendaFilter;
import fr.creneau.booking.catalog.domain.Agent;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the agenda's query parameters into an {@link AgendaFilter}, refusing an id that is not the commune's: an
 * agent never learns, from an empty agenda, whether another commune's counter exists.
 */
@Component
class AgendaFilters {

    private final Catalog catalog;

    AgendaFilters(Catalog catalog) {
        this.catalog = catalog;
    }

    AgendaFilter of(String communeId, AgentIdentity caller, AgendaQuery query, BookingStatus status) {
        Set<String> counters = null;
        if (query.counterId() != null) {
            counters = Set.of(counterOf(communeId, query.counterId()).counterId());
        }
        if (query.placeId() != null) {
            Set<String> ofPlace = countersOfPlace(communeId, query.placeId());
            counters = counters == null ? ofPlace : counters.stream().filter(ofPlace::contains).collect(Collectors.toSet());
        }
        if (query.agentId() != null && !query.agentId().equals(caller.agentId())
                && !catalog.isAgentOf(communeId, query.agentId())) {
            throw refused("L'agent demandé (agentId) n'est pas un agent de cette commune.");
        }
        if (query.serviceId() == null) {
            return new AgendaFilter(counters, query.agentId(), status, null, null);
        }
        String serviceId = serviceOf(communeId, query.serviceId());
        return new AgendaFilter(counters, query.agentId(), status, typesOf(communeId, serviceId),
                agentsOf(communeId, serviceId));
    }

    private Counter counterOf(String communeId, String counterId) {
        return catalog.counter(counterId).filter(counter -> counter.communeId().equals(communeId))
                .orElseThrow(() -> refused("Le guichet demandé (counterId) n'est pas un guichet de cette commune."));
    }

    private Set<String> countersOfPlace(String communeId, String placeId) {
        catalog.place(placeId).filter(place -> place.communeId().equals(communeId))
                .orElseThrow(() -> refused("Le lieu demandé (placeId) n'est pas un lieu de cette commune."));
        return catalog.countersOf(communeId).stream().filter(counter -> placeId.equals(counter.placeId()))
                .map(Counter::counterId).collect(Collectors.toSet());
    }

    /** A service is the commune's if planning described it, or if one of the commune's types or agents names it. */
    private String serviceOf(String communeId, String serviceId) {
        boolean described = catalog.service(serviceId).map(service -> service.communeId().equals(communeId))
                .orElse(false);
        boolean named = !typesOf(communeId, serviceId).isEmpty() || !agentsOf(communeId, serviceId).isEmpty();
        if (!described && !named) {
            throw refused("Le service demandé (serviceId) n'est pas un service de cette commune.");
        }
        return serviceId;
    }

    private Set<String> typesOf(String communeId, String serviceId) {
        return catalog.appointmentTypesOf(communeId).stream().filter(type -> type.serviceIds().contains(serviceId))
                .map(AppointmentType::appointmentTypeId).collect(Collectors.toSet());
    }

    private Set<String> agentsOf(String communeId, String serviceId) {
        return catalog.agentsOf(communeId).stream().filter(agent -> agent.serviceIds().contains(serviceId))
                .map(Agent::agentId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The answer names the parameter, never the value sent back. */
    private static InvalidRequestException refused(String detail) {
        return new InvalidRequestException(detail);
    }
}
