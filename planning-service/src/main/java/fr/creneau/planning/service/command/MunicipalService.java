package fr.creneau.planning.service.command;

import fr.creneau.planning.service.domain.ServiceCreated;
import fr.creneau.planning.service.domain.ServiceRenamed;
import fr.creneau.planning.shared.domain.CommuneOwnership;
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
    private String communeId;

    MunicipalService() {
    }

    @CommandHandler
    MunicipalService(CreateService command) {
        assertNamed(command.name());
        apply(new ServiceCreated(command.serviceId(), command.communeId(), command.name().trim()));
    }

    @CommandHandler
    void handle(RenameService command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Ce service");
        assertNamed(command.name());
        apply(new ServiceRenamed(serviceId, communeId, command.name().trim()));
    }

    @EventSourcingHandler
    void on(ServiceCreated event) {
        serviceId = event.serviceId();
        communeId = event.communeId();
    }

    private static void assertNamed(String name) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Le nom du service est obligatoire (120 caractères au plus).");
        }
    }
}
