package fr.creneau.planning.place.command;

import fr.creneau.planning.place.domain.PlaceArchived;
import fr.creneau.planning.place.domain.PlaceCreated;
import fr.creneau.planning.place.domain.PlaceDetails;
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
    private PlaceDetails details;
    private boolean archived;

    Place() {
    }

    @CommandHandler
    Place(CreatePlace command) {
        apply(new PlaceCreated(command.placeId(), command.communeId(), command.details()));
    }

    @CommandHandler
    void handle(UpdatePlace command) {
        assertInCommune(command.communeId());
        apply(new PlaceUpdated(placeId, communeId, command.details()));
    }

    @CommandHandler
    void handle(ArchivePlace command) {
        assertInCommune(command.communeId());
        apply(new PlaceArchived(placeId, communeId, details));
    }

    @EventSourcingHandler
    void on(PlaceCreated event) {
        placeId = event.placeId();
        communeId = event.communeId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(PlaceUpdated event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(PlaceArchived event) {
        archived = true;
    }

    private void assertInCommune(String requested) {
        CommuneOwnership.assertSame(communeId, requested, "Ce lieu");
        if (archived) {
            throw new IllegalArgumentException("Ce lieu est archivé : il ne peut plus être modifié.");
        }
    }
}
