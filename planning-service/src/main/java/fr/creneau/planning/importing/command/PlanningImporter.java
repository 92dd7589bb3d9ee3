package fr.creneau.planning.importing.command;

import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.counter.view.CountersInService;
import fr.creneau.planning.importing.domain.PlanningFile;
import fr.creneau.planning.importing.domain.PlanningImportReport;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.csv.CsvFile;
import fr.creneau.platform.csv.LineError;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one planning file of a commune, all or nothing: every line is checked first (the same value objects as the
 * administration's endpoints, so the same French messages), then, for a real run without error, its commands are
 * sent in one unit of work and one database transaction, committed together or not at all. Counters count against
 * the subscription's quota as when they are created one by one, the commune's row locked meanwhile.
 */
@Component
public class PlanningImporter {

    private static final Logger log = LoggerFactory.getLogger(PlanningImporter.class);

    private final PlanningViews views;
    private final CountersInService counters;
    private final CommandGateway commands;
    private final TransactionManager transactions;

    PlanningImporter(PlanningViews views, CountersInService counters, CommandGateway commands,
            TransactionManager transactions) {
        this.views = views;
        this.counters = counters;
        this.commands = commands;
        this.transactions = transactions;
    }

    /** {@code ids} draws the id of each place, type, week, counter, agent and option the file creates. */
    public PlanningImportReport run(CommuneView commune, PlanningFile file, String fileName, String text,
            boolean dryRun, Supplier<String> ids) {
        String communeId = commune.communeId();
        CsvFile csv = CsvFile.read(fileName, text, file.required(), file.known());
        List<LineError> errors = new ArrayList<>(csv.errors());
        if (commune.suspended()) {
            errors.add(new LineError(fileName, 0, "La commune « %s » est suspendue : son planning ne peut pas changer."
                    .formatted(communeId)));
        }
        CommuneNames names = CommuneNames.of(views, communeId);
        Plan plan = switch (file) {
            case LIEUX -> PlacesAndTypes.places(communeId, fileName, csv.lines(), names, errors, ids);
            case TYPES -> PlacesAndTypes.types(communeId, fileName, csv.lines(), names, errors, ids);
            case SEMAINES -> WeeksCountersAgents.weeks(communeId, fileName, csv.lines(), names, errors, ids);
            case GUICHETS -> WeeksCountersAgents.counters(communeId, fileName, csv.lines(), names, errors, ids);
            case AGENTS -> WeeksCountersAgents.agents(communeId, fileName, csv.lines(), names, errors, ids);
        };
        if (file == PlanningFile.GUICHETS && errors.isEmpty()) {
            quotaError(commune, fileName, plan.created()).ifPresent(errors::add);
        }
        boolean done = errors.isEmpty() && (dryRun || send(commune, file, fileName, plan, errors));
        errors.sort(java.util.Comparator.comparingLong(LineError::line));
        return new PlanningImportReport(fileName, dryRun, done, csv.lines().size(), done ? plan.created() : 0,
                plan.alreadyPresent(), errors);
    }

    private boolean send(CommuneView commune, PlanningFile file, String fileName, Plan plan, List<LineError> errors) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(fileName));
        unit.attachTransaction(transactions);
        try {
            views.lock(CommuneView.KIND, commune.communeId());
            if (file == PlanningFile.GUICHETS) {
                java.util.Optional<LineError> quota = quotaError(commune, fileName, plan.created());
                if (quota.isPresent()) {
                    errors.add(quota.get());
                    unit.rollback();
                    return false;
                }
            }
            plan.commands().forEach(commands::sendAndWait);
            unit.commit();
            return true;
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            log.warn("the planning file {} of {} failed and was rolled back", fileName, commune.communeId(), e);
            errors.add(new LineError(fileName, 0, "L'import n'a pas pu aller au bout ; rien n'a été importé : "
                    + e.getMessage()));
            return false;
        }
    }

    private java.util.Optional<LineError> quotaError(CommuneView commune, String fileName, int newCounters) {
        if (commune.subscription() == null) {
            return java.util.Optional.empty();
        }
        long inService = counters.count(commune.communeId());
        if (inService + newCounters <= commune.subscription().plannings()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LineError(fileName, 0, ("Le quota de plannings de la commune « %s » serait "
                + "dépassé : %d planning(s) en service et %d nouveau(x) pour %d prévu(s) par l'abonnement.")
                .formatted(commune.communeId(), inService, newCounters, commune.subscription().plannings())));
    }
}
