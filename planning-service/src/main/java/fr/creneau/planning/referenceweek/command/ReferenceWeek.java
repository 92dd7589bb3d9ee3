package fr.creneau.planning.referenceweek.command;

import fr.creneau.planning.referenceweek.domain.ReferenceWeekChanged;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekCreated;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekDeleted;
import fr.creneau.planning.shared.domain.CommuneOwnership;
import fr.creneau.planning.shared.domain.WeeklyHours;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class ReferenceWeek {

    @AggregateIdentifier
    private String referenceWeekId;
    private String communeId;

    ReferenceWeek() {
    }

    @CommandHandler
    ReferenceWeek(CreateReferenceWeek command) {
        assertNamed(command.name());
        assertOpensSomeDay(command.hours());
        apply(new ReferenceWeekCreated(command.referenceWeekId(), command.communeId(), command.name().trim(),
                command.hours()));
    }

    @CommandHandler
    void handle(ChangeReferenceWeek command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Cette semaine de référence");
        assertNamed(command.name());
        assertOpensSomeDay(command.hours());
        apply(new ReferenceWeekChanged(referenceWeekId, communeId, command.name().trim(), command.hours()));
    }

    @CommandHandler
    void handle(DeleteReferenceWeek command) {
        CommuneOwnership.assertSame(communeId, command.communeId(), "Cette semaine de référence");
        apply(new ReferenceWeekDeleted(referenceWeekId, communeId));
    }

    @EventSourcingHandler
    void on(ReferenceWeekDeleted event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(ReferenceWeekCreated event) {
        referenceWeekId = event.referenceWeekId();
        communeId = event.communeId();
    }

    private static void assertNamed(String name) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Le nom de la semaine de référence est obligatoire (120 caractères au plus).");
        }
    }

    private static void assertOpensSomeDay(WeeklyHours hours) {
        if (hours == null || hours.noOpening()) {
            throw new IllegalArgumentException("La semaine de référence doit indiquer au moins une plage d'ouverture.");
        }
    }
}
