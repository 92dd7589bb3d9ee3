package fr.creneau.booking.catalog.view;

import fr.creneau.booking.catalog.domain.Agent;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.CatalogEntry;
import fr.creneau.booking.catalog.domain.Commune;
import fr.creneau.booking.catalog.domain.CommuneOptions;
import fr.creneau.booking.catalog.domain.CommuneSuspension;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.domain.Service;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The latest description of each commune, place, counter, appointment type, agent and service, as planning-service
 * published it, in booking-service's own records.
 */
@Component
public class Catalog {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final CatalogTable table;

    Catalog(CatalogTable table) {
        this.table = table;
    }

    /** Keeps {@code entry}, described at {@code occurredAt}, unless a newer description of it is already known. */
    public void remember(CatalogEntry entry, Instant occurredAt) {
        table.remember(entry, occurredAt);
    }

    public Optional<Commune> commune(String communeId) {
        return table.find(Commune.class, communeId);
    }

    /** The operator's suspension of the commune, if it is suspended now. */
    public Optional<CommuneSuspension> suspension(String communeId) {
        return table.setting(CommuneSuspension.class, communeId).filter(CommuneSuspension::suspended);
    }

    /** Whether the commune's subscription has the voice server: not until the operator says so. */
    public boolean voiceOffered(String communeId) {
        return table.setting(CommuneOptions.class, communeId).map(CommuneOptions::voice).orElse(false);
    }

    /** Whether SMS may go out for the commune: yes until the operator's subscription says no. */
    public boolean smsOffered(String communeId) {
        return table.setting(CommuneOptions.class, communeId).map(CommuneOptions::smsOffered).orElse(true);
    }

    /** The commune's time zone, Paris's until planning says otherwise. */
    public ZoneId zoneOf(String communeId) {
        return commune(communeId).map(Commune::timeZone).map(ZoneId::of).orElse(DEFAULT_ZONE);
    }

    public Optional<Place> place(String placeId) {
        return table.find(Place.class, placeId);
    }

    public Optional<Counter> counter(String counterId) {
        return table.find(Counter.class, counterId);
    }

    public Optional<AppointmentType> appointmentType(String appointmentTypeId) {
        return table.find(AppointmentType.class, appointmentTypeId);
    }

    public List<Counter> countersOf(String communeId) {
        return table.allOf(Counter.class, communeId);
    }

    public List<Place> placesOf(String communeId) {
        return table.allOf(Place.class, communeId);
    }

    public List<AppointmentType> appointmentTypesOf(String communeId) {
        return table.allOf(AppointmentType.class, communeId);
    }

    public Optional<Agent> agent(String agentId) {
        return table.find(Agent.class, agentId);
    }

    /** Whether planning named {@code agentId} as an agent of {@code communeId}. */
    public boolean isAgentOf(String communeId, String agentId) {
        return table.find(Agent.class, agentId).filter(agent -> agent.communeId().equals(communeId)).isPresent();
    }

    public List<Agent> agentsOf(String communeId) {
        return table.allOf(Agent.class, communeId);
    }

    public Optional<Service> service(String serviceId) {
        return table.find(Service.class, serviceId);
    }
}
