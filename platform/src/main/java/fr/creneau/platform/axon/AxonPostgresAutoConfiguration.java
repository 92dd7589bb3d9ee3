package fr.creneau.platform.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Axon on PostgreSQL without Axon Server, the same way in every service:
 * <ul>
 * <li>SQL state 23505 (unique violation) becomes a {@code ConcurrencyException}: the default resolver does not
 * recognise PostgreSQL's duplicate key, so two writers of one aggregate would fail with a non-retryable error;</li>
 * <li>an {@value #AGGREGATE_CACHE} bean for {@code @Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)}
 * (unless the service declares a {@code Cache} of its own): without a cache every command replays the aggregate's
 * whole stream;</li>
 * <li>event handlers propagate their errors: a streaming processor then retries the event (the event store is the
 * outbox, nothing is skipped) and a subscribing one fails the command that caused it (nothing half-applied).</li>
 * </ul>
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(SpringAxonConfiguration.class)
public class AxonPostgresAutoConfiguration {

    public static final String AGGREGATE_CACHE = "aggregateCache";

    @Bean
    @Primary
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean(AGGREGATE_CACHE)
    @ConditionalOnMissingBean(Cache.class)
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
