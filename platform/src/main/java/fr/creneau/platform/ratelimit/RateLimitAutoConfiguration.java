package fr.creneau.platform.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * For a service that keeps limits ({@code creneau.rate-limit.buckets: true}, with a {@code rate_limit_bucket} table
 * in its migrations): its buckets and their sweep.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnBooleanProperty("creneau.rate-limit.buckets")
@ConditionalOnSingleCandidate(DataSource.class)
@EnableScheduling
public class RateLimitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TokenBuckets tokenBuckets(DataSource dataSource) {
        return new TokenBuckets(JdbcClient.create(dataSource));
    }

    @Bean
    RateLimitSweep rateLimitSweep(DataSource dataSource) {
        return new RateLimitSweep(JdbcClient.create(dataSource));
    }
}
