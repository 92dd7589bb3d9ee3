package fr.creneau.platform.ratelimit;

import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/** For a service that declares Bucket4j's PostgreSQL backend: its buckets' store and the store's sweep. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Bucket4jPostgreSQL.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableScheduling
public class RateLimitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource) {
        return RateLimitBuckets.in(dataSource);
    }

    @Bean
    RateLimitSweep rateLimitSweep(PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets) {
        return new RateLimitSweep(rateLimitBuckets);
    }
}
