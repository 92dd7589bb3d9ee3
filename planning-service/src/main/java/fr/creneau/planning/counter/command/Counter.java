package fr.creneau.planning.counter.command;

import fr.creneau.planning.counter.domain.CounterArchived;
import fr.creneau.planning.counter.domain.CounterCreated;
import fr.creneau.planning.counter.domain.CounterExceptionAdded;
import fr.creneau.planning.counter.domain.CounterExceptionRemoved;
import fr.creneau.planning.counter.domain.CounterUpdated;
import fr.creneau.planning.counter.domain.ReferenceWeekApplied;
import fr.creneau.planning.counter.domain.ScheduleWithdrawn;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.CommuneOwnership;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Counter {

    private static final int MAX_EXCEPTIONS_PER_DAY = 20;

    @AggregateIdentifier
    private String counterId;
    private String communeId;
    private final Map<String, LocalDate> exceptionDates = new HashMap<>();
    private final Map<String, DateSpan> applications = new HashMap<>();
    private boolean archived;

    Counter() {
    }

    @CommandHandler
    Counter(CreateCounter command) {
        apply(new CounterCreated(command.counterId(), command.communeId(), command.details()));
    }

    @CommandHandler
    void handle(UpdateCounter command) {
        assertInCommune(command.communeId());
        apply(new CounterUpdated(counterId, communeId, command.details()));
    }

    @CommandHandler
    void handle(ApplyReferenceWeek command) {
        assertInCommune(command.communeId());
        apply(new ReferenceWeekApplied(counterId, communeId, command.referenceWeekId(), command.schedule()));
    }

    @CommandHandler
    void handle(WithdrawSchedule command) {
        assertInCommune(command.communeId());
        DateSpan span = applications.get(command.applicationId());
        if (span == null) {
            throw new UnknownInCommune("L'application « %s » n'existe pas sur ce guichet.".formatted(command.applicationId()));
        }
        apply(new ScheduleWithdrawn(counterId, communeId, command.applicationId(), span));
    }

    @CommandHandler
    void handle(AddCounterException command) {
        assertInCommune(command.communeId());
        assertFewExceptionsOn(command.override().date());
        apply(new CounterExceptionAdded(counterId, communeId, command.exceptionId(), command.override(), command.label()));
    }

    @CommandHandler
    void handle(RemoveCounterException command) {
        assertInCommune(command.communeId());
        LocalDate date = exceptionDates.get(command.exceptionId());
        if (date == null) {
            throw new UnknownInCommune("L'exception « %s » n'existe pas sur ce guichet.".formatted(command.exceptionId()));
        }
        apply(new CounterExceptionRemoved(counterId, communeId, command.exceptionId(), date));
    }

    @CommandHandler
    void handle(ArchiveCounter command) {
        assertInCommune(command.communeId());
        apply(new CounterArchived(counterId, communeId));
    }

    @EventSourcingHandler
    void on(CounterArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(CounterCreated event) {
        counterId = event.counterId();
        communeId = event.communeId();
    }

    @EventSourcingHandler
    void on(ReferenceWeekApplied event) {
        if (event.schedule().applicationId() != null) {
            applications.put(event.schedule().applicationId(), event.schedule().span());
        }
    }

    @EventSourcingHandler
    void on(ScheduleWithdrawn event) {
        applications.remove(event.applicationId());
    }

    @EventSourcingHandler
    void on(CounterExceptionAdded event) {
        exceptionDates.put(event.exceptionId(), event.override().date());
    }

    @EventSourcingHandler
    void on(CounterExceptionRemoved event) {
        exceptionDates.remove(event.exceptionId());
    }

    private void assertInCommune(String requested) {
        CommuneOwnership.assertSame(communeId, requested, "Ce guichet");
        if (archived) {
            throw new IllegalArgumentException("Ce guichet est archivé : il ne peut plus être modifié.");
        }
    }

    private void assertFewExceptionsOn(LocalDate date) {
        if (exceptionDates.values().stream().filter(date::equals).count() >= MAX_EXCEPTIONS_PER_DAY) {
            throw new IllegalArgumentException("Ce guichet a déjà %d exceptions le %s.".formatted(MAX_EXCEPTIONS_PER_DAY, date));
        }
    }
}
