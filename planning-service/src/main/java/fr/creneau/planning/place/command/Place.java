package fr.creneau.planning.place.command;

import fr.creneau.planning.place.domain.PlaceCreated;
import fr.creneau.planning.place.domain.PlaceUpdated;
import fr.creneau.planning.shared.domain.CommuneOwnership;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Place {

    @AggregateIdentifier
    private String placeId;
    private String communeId;

    Place() {
    }

    @CommandHandler
    Place(CreatePlace command) {
        apply(new PlaceCreated(command.placeId(), command.communeId(), command.details()));
    }

    @CommandHandler
    void handle(UpdatePlace command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Ce lieu");
        apply(new PlaceUpdated(placeId, communeId, command.details()));
    }

    @EventSourcingHandler
    void on(PlaceCreated event) {
        placeId = event.placeId();
        communeId = event.communeId();
    }
}
