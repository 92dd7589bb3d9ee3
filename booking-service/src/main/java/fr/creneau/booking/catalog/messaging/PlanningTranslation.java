package fr.creneau.booking.catalog.messaging;

import fr.creneau.booking.catalog.domain.Agent;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.CatalogEntry;
import fr.creneau.booking.catalog.domain.Commune;
import fr.creneau.booking.catalog.domain.CommuneOptions;
import fr.creneau.booking.catalog.domain.CommuneSuspension;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.domain.Service;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CommuneChanged;
import fr.creneau.planning.api.CommuneSubscriptionChanged;
import fr.creneau.planning.api.CommuneSuspensionChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.planning.api.ServiceChanged;

import java.util.Optional;

/** Turns planning-api descriptions into booking-service's own catalog records: the only place that reads them. */
final class PlanningTranslation {

    private PlanningTranslation() {
    }

    /** The catalog record a planning event describes, if it describes one. */
    static Optional<CatalogEntry> entryOf(PlanningEvent event) {
        if (event instanceof CommuneChanged commune) {
            return Optional.of(new Commune(commune.communeId(), commune.name(), commune.timeZone(),
                    commune.retentionMonths()));
        }
        if (event instanceof CommuneSuspensionChanged suspension) {
            return Optional.of(new CommuneSuspension(suspension.communeId(), suspension.suspended(),
                    suspension.reason()));
        }
        if (event instanceof CommuneSubscriptionChanged subscription) {
            return Optional.of(new CommuneOptions(subscription.communeId(), subscription.voiceOption(),
                    subscription.smsOption()));
        }
        if (event instanceof PlaceChanged place) {
            return Optional.of(new Place(place.communeId(), place.placeId(), place.name(), place.address(),
                    place.latitude(), place.longitude(), place.visibleOnPortal(), place.active()));
        }
        if (event instanceof CounterChanged counter) {
            return Optional.of(new Counter(counter.communeId(), counter.counterId(), counter.placeId(),
                    counter.name(), counter.appointmentTypeIds(), counter.agentIds(), counter.active(), counter.serviceIds()));
        }
        if (event instanceof AppointmentTypeChanged type) {
            return Optional.of(appointmentType(type));
        }
        if (event instanceof AgentChanged agent) {
            return Optional.of(new Agent(agent.communeId(), agent.agentId(), agent.displayName(),
                    agent.serviceIds(), agent.counterIds(), agent.active()));
        }
        if (event instanceof ServiceChanged service) {
            return Optional.of(new Service(service.communeId(), service.serviceId(), service.name(), service.active()));
        }
        return Optional.empty();
    }

    private static AppointmentType appointmentType(AppointmentTypeChanged type) {
        return new AppointmentType(type.communeId(), type.appointmentTypeId(), type.label(), type.details(),
                type.durationMinutes(), type.bookingHorizon(), type.minimumNotice(),
                type.options().stream()
                        .map(option -> new AppointmentType.Option(option.optionId(), option.label()))
                        .toList(),
                type.maxPersons(), type.durationGrowsWithPersons(), type.visibleOnPortal(), type.serviceIds(),
                type.approvalRequired(), type.citizenInformation(), type.rgpdText(), type.partnerTypes(),
                type.bookableWith(), type.antsNumberRequired(), type.active());
    }
}
