package fr.creneau.planning.counter.command;

import fr.creneau.planning.commune.domain.Subscription;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.counter.view.CountersInService;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.problem.ConflictException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * Opens a counter only while the commune's subscription has room for one more planning (a counter in service, that
 * is not archived). The commune's row is locked while it counts and creates, so two counters created at once cannot
 * both take the last place; the views are written in the command's transaction, which joins this one.
 */
@Component
public class PlanningQuota {

    private final CommandGateway commands;
    private final PlanningViews views;
    private final TransactionTemplate transactions;
    private final CountersInService counters;

    PlanningQuota(CommandGateway commands, PlanningViews views, TransactionTemplate transactions,
            CountersInService counters) {
        this.counters = counters;
        this.commands = commands;
        this.views = views;
        this.transactions = transactions;
    }

    public void open(CreateCounter command) {
        String communeId = command.communeId();
        transactions.executeWithoutResult(status -> {
            views.lock(CommuneView.KIND, communeId);
            Subscription subscription = views.find(CommuneView.KIND, communeId, CommuneView.class).orElseThrow()
                    .subscription();
            if (subscription != null) {
                assertRoomForOneMore(communeId, subscription);
            }
            commands.sendAndWait(command);
        });
    }

    private void assertRoomForOneMore(String communeId, Subscription subscription) {
        long inService = counters.count(communeId);
        if (!subscription.admitsOneMore(inService)) {
            throw new ConflictException(("Le quota de plannings de la commune « %s » est atteint : %d planning(s) en "
                    + "service pour %d prévu(s) par l'abonnement. Archivez un guichet, ou demandez à l'opérateur de "
                    + "la plateforme d'augmenter le quota.").formatted(communeId, inService, subscription.plannings()),
                    Map.of("quota", subscription.plannings(), "inService", inService));
        }
    }
}
