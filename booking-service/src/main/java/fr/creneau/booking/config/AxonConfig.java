package fr.creneau.booking.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.IdGenerator;
import org.springframework.util.JdkIdGenerator;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

@Configuration
class AxonConfig {

    static final String PROJECTIONS = "booking-projections";
    static final String PUBLISHER = "booking-events-publisher";
    static final String SEARCH_INDEX = "booking-search-index";
    static final String WAITING_LINES = "booking-waiting-lines";

    /**
     * Without a cache every command replays the day's events; with it a hot counter-day stays in memory. Its entries
     * are soft: the JVM drops them rather than run short of memory.
     */
    @Bean
    Cache counterDayCache() {
        return new AggregateCache(2_000);
    }

    /** A day that saw many holds and releases is rebuilt from a snapshot plus the events after it. */
    @Bean
    SnapshotTriggerDefinition counterDaySnapshotTrigger(Snapshotter aggregateSnapshotter,
            @Value("${booking.snapshot-threshold:200}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(aggregateSnapshotter, threshold);
    }

    /**
     * Snapshots are taken on a thread of their own. Taken in the command's thread (Axon's default), the snapshot
     * needs a second connection while that thread still holds the day's lock; in a rush every pooled connection
     * belongs to a command waiting for that lock, and all of them stall until the pool times out.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
            HandlerDefinition handlerDefinition, ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore, TransactionManager transactionManager, ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(snapshotExecutor)
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "counter-day-snapshots"));
    }

    /**
     * Projections run in the command's transaction, and the publisher, the search index and the waiting lines must
     * never skip an event: a failing handler fails the command (projections) or makes the streaming processor retry.
     */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PROJECTIONS, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(PUBLISHER, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(SEARCH_INDEX, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(WAITING_LINES, c -> PropagatingErrorHandler.instance());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Ids are drawn here and passed in, as the clock is: command code draws none itself. */
    @Bean
    IdGenerator ids() {
        return new JdkIdGenerator();
    }
}
