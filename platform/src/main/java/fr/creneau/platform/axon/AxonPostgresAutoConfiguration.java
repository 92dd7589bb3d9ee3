package fr.creneau.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * On PostgreSQL the default resolver does not recognise a duplicate key, so two writers of one aggregate would
 * fail with a non-retryable error; SQL state 23505 (unique violation) makes it a {@code ConcurrencyException}.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(SpringAxonConfiguration.class)
public class AxonPostgresAutoConfiguration {

    @Bean
    @Primary
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return new SQLStateResolver("23505");
    }
}
