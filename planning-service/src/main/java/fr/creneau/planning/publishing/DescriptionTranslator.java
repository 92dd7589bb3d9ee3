package fr.creneau.planning.publishing;

import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CommuneChanged;
import fr.creneau.planning.api.CommuneSubscriptionChanged;
import fr.creneau.planning.api.CommuneSuspensionChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.ServiceChanged;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeArchived;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeCreated;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeUpdated;
import fr.creneau.planning.commune.domain.CommuneCreated;
import fr.creneau.planning.commune.domain.CommuneSettingsChanged;
import fr.creneau.planning.commune.domain.CommuneResumed;
import fr.creneau.planning.commune.domain.CommuneSuspended;
import fr.creneau.planning.commune.domain.Subscription;
import fr.creneau.planning.commune.domain.SubscriptionChanged;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.place.domain.PlaceArchived;
import fr.creneau.planning.place.domain.PlaceCreated;
import fr.creneau.planning.place.domain.PlaceDetails;
import fr.creneau.planning.place.domain.PlaceUpdated;
import fr.creneau.planning.service.domain.ServiceCreated;
import fr.creneau.planning.service.domain.ServiceRenamed;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Communes, places, services and appointment types: each change is published as the full current description. */
@Component
@ProcessingGroup(PublishingProcessor.NAME)
class DescriptionTranslator {

    private final PlanningEventSender sender;
    private final PlanningViews views;

    DescriptionTranslator(PlanningEventSender sender, PlanningViews views) {
        this.sender = sender;
        this.views = views;
    }

    @EventHandler
    void on(CommuneCreated event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(new CommuneChanged(id, at, event.communeId(), event.name(), event.timeZone(),
                CommuneView.DEFAULT_RETENTION_MONTHS));
    }

    @EventHandler
    void on(CommuneSettingsChanged event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommuneView commune = views.find(CommuneView.KIND, event.communeId(), CommuneView.class).orElseThrow();
        sender.send(new CommuneChanged(id, at, event.communeId(), event.name(), commune.timeZone(),
                event.retentionMonths()));
    }

    @EventHandler
    void on(SubscriptionChanged event, @MessageIdentifier String id, @Timestamp Instant at) {
        Subscription subscription = event.subscription();
        sender.send(new CommuneSubscriptionChanged(id, at, event.communeId(), subscription.populationBand().name(),
                subscription.plannings(), subscription.sms(), subscription.voice()));
    }

    @EventHandler
    void on(CommuneSuspended event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(new CommuneSuspensionChanged(id, at, event.communeId(), true, event.reason()));
    }

    @EventHandler
    void on(CommuneResumed event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(new CommuneSuspensionChanged(id, at, event.communeId(), false, ""));
    }

    @EventHandler
    void on(PlaceCreated event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(place(id, at, event.placeId(), event.communeId(), event.details()));
    }

    @EventHandler
    void on(PlaceUpdated event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(place(id, at, event.placeId(), event.communeId(), event.details()));
    }

    @EventHandler
    void on(PlaceArchived event, @MessageIdentifier String id, @Timestamp Instant at) {
        PlaceDetails details = event.details();
        sender.send(new PlaceChanged(id, at, event.communeId(), event.placeId(), details.name(), details.address(),
                details.latitude(), details.longitude(), details.visibleOnPortal(), false));
    }

    @EventHandler
    void on(ServiceCreated event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(new ServiceChanged(id, at, event.communeId(), event.serviceId(), event.name(), true));
    }

    @EventHandler
    void on(ServiceRenamed event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(new ServiceChanged(id, at, event.communeId(), event.serviceId(), event.name(), true));
    }

    @EventHandler
    void on(AppointmentTypeCreated event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(type(id, at, event.appointmentTypeId(), event.communeId(), event.settings(), true));
    }

    @EventHandler
    void on(AppointmentTypeUpdated event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(type(id, at, event.appointmentTypeId(), event.communeId(), event.settings(), true));
    }

    @EventHandler
    void on(AppointmentTypeArchived event, @MessageIdentifier String id, @Timestamp Instant at) {
        sender.send(type(id, at, event.appointmentTypeId(), event.communeId(), event.settings(), false));
    }

    private static PlaceChanged place(String id, Instant at, String placeId, String communeId, PlaceDetails details) {
        return new PlaceChanged(id, at, communeId, placeId, details.name(), details.address(), details.latitude(),
                details.longitude(), details.visibleOnPortal(), true);
    }

    private static AppointmentTypeChanged type(String id, Instant at, String typeId, String communeId,
            AppointmentTypeSettings settings, boolean active) {
        return new AppointmentTypeChanged(id, at, communeId, typeId, settings.label(), settings.details(),
                settings.durationMinutes(), settings.bookingHorizonIso(), settings.minimumNoticeIso(),
                settings.options().stream()
                        .map(option -> new AppointmentTypeChanged.Option(option.optionId(), option.label())).toList(),
                settings.maxPersons(), settings.durationGrowsWithPersons(), settings.visibleOnPortal(),
                settings.serviceIds(), settings.approvalRequired(), settings.citizenInformation(), settings.rgpdText(),
                settings.partnerTypes(), settings.bookableWith().name(), settings.antsNumberRequired(), active);
    }
}
