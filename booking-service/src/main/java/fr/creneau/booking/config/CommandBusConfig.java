package fr.creneau.booking.config;

import fr.creneau.booking.counterday.domain.BookingRefused;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.RollbackConfiguration;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's command bus as its Spring Boot starter builds it, but a command the counter-day refuses does not roll its
 * unit of work back. A refusal is a result: the rules were checked before anything was applied, so there is nothing
 * to undo, and the caller still gets the {@link BookingRefused}. Rolled back, it cost the day its place in the
 * cache (the next command read the whole day again: in a rush on one slot, 197 refusals meant 197 reads) and,
 * inside a larger unit of work, it marked the whole transaction for rollback.
 */
@Configuration
class CommandBusConfig {

    static final RollbackConfiguration REFUSALS_COMMIT =
            e -> !(e instanceof BookingRefused) && RollbackConfigurationType.UNCHECKED_EXCEPTIONS.rollBackOn(e);

    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
            DuplicateCommandHandlerResolver duplicates) {
        SimpleCommandBus bus = SimpleCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .rollbackConfiguration(REFUSALS_COMMIT)
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
