package fr.creneau.planning.appointmenttype.command;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeArchived;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeCreated;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeUpdated;
import fr.creneau.planning.shared.domain.CommuneOwnership;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class AppointmentType {

    @AggregateIdentifier
    private String appointmentTypeId;
    private String communeId;
    private AppointmentTypeSettings settings;
    private boolean archived;

    AppointmentType() {
    }

    @CommandHandler
    AppointmentType(CreateAppointmentType command) {
        apply(new AppointmentTypeCreated(command.appointmentTypeId(), command.communeId(), command.settings()));
    }

    @CommandHandler
    void handle(UpdateAppointmentType command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Ce type de rendez-vous");
        assertNotArchived();
        if (!command.settings().equals(settings)) {
            apply(new AppointmentTypeUpdated(appointmentTypeId, communeId, command.settings()));
        }
    }

    @CommandHandler
    void handle(ArchiveAppointmentType command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Ce type de rendez-vous");
        if (!archived) {
            apply(new AppointmentTypeArchived(appointmentTypeId, communeId, settings));
        }
    }

    @EventSourcingHandler
    void on(AppointmentTypeCreated event) {
        appointmentTypeId = event.appointmentTypeId();
        communeId = event.communeId();
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(AppointmentTypeUpdated event) {
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(AppointmentTypeArchived event) {
        archived = true;
    }

    private void assertNotArchived() {
        if (archived) {
            throw new IllegalArgumentException("Ce type de rendez-vous est archivé : il ne peut plus être modifié.");
        }
    }
}
