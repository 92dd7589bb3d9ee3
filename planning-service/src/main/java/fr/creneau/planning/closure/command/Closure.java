package fr.creneau.planning.closure.command;

import fr.creneau.planning.closure.domain.ClosureDeclared;
import fr.creneau.planning.closure.domain.ClosureLifted;
import fr.creneau.planning.closure.domain.ClosureScope;
import fr.creneau.planning.shared.domain.CommuneOwnership;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Closure {

    @AggregateIdentifier
    private String closureId;
    private String communeId;
    private ClosureScope scope;
    private String targetId;
    private DateSpan span;
    private boolean lifted;

    Closure() {
    }

    @CommandHandler
    Closure(DeclareClosure command) {
        if (command.scope() == null || command.span() == null) {
            throw new IllegalArgumentException("Une fermeture doit indiquer ce qu'elle ferme (scope) et sa période.");
        }
        if (command.label() != null && command.label().length() > 200) {
            throw new IllegalArgumentException("Le motif de fermeture fait 200 caractères au plus.");
        }
        apply(new ClosureDeclared(command.closureId(), command.communeId(), command.scope(), command.targetId(),
                command.span(), command.label()));
    }

    @CommandHandler
    void handle(LiftClosure command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Cette fermeture");
        if (!lifted) {
            apply(new ClosureLifted(closureId, communeId, scope, targetId, span));
        }
    }

    @EventSourcingHandler
    void on(ClosureDeclared event) {
        closureId = event.closureId();
        communeId = event.communeId();
        scope = event.scope();
        targetId = event.targetId();
        span = event.span();
    }

    @EventSourcingHandler
    void on(ClosureLifted event) {
        lifted = true;
    }
}
