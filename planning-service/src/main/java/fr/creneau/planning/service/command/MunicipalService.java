package fr.creneau.planning.service.command;

import fr.creneau.planning.service.domain.ServiceCreated;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class MunicipalService {

    @AggregateIdentifier
    private String serviceId;

    MunicipalService() {
    }

    @CommandHandler
    MunicipalService(CreateService command) {
        if (command.name() == null || command.name().isBlank() || command.name().length() > 120) {
            throw new IllegalArgumentException("Le nom du service est obligatoire (120 caractères au plus).");
        }
        apply(new ServiceCreated(command.serviceId(), command.communeId(), command.name().trim()));
    }

    @EventSourcingHandler
    void on(ServiceCreated event) {
        serviceId = event.serviceId();
    }
}
