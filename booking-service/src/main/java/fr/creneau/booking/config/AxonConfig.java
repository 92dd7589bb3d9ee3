package fr.creneau.booking.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class AxonConfig {

    static final String PROJECTIONS = "booking-projections";
    static final String PUBLISHER = "booking-events-publisher";

    /** Without a cache every command replays the day's events; with it a hot counter-day stays in memory. */
    @Bean
    Cache counterDayCache() {
        return new WeakReferenceCache();
    }

    /** A day that saw many holds and releases is rebuilt from a snapshot plus the events after it. */
    @Bean
    SnapshotTriggerDefinition counterDaySnapshotTrigger(Snapshotter aggregateSnapshotter,
            @Value("${booking.snapshot-threshold:200}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(aggregateSnapshotter, threshold);
    }

    /**
     * Projections run in the command's transaction and the publisher must never skip an event: a failing handler
     * fails the command (projections) or makes the streaming processor retry (publisher).
     */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PROJECTIONS, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(PUBLISHER, c -> PropagatingErrorHandler.instance());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
